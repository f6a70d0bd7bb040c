import fc from "fast-check";
import { DISPUTE_STATUSES, type DisputeRecord } from "../model";
import { mergeDisputeReading, type ReadingContext } from "./merge-dispute";
import { CHANNEL, LIST_URL, detailUrl, disputeReading } from "./testing/readings";

const ID = "6351074783626585";
const T1 = "2026-11-20T10:00:00.000Z";
const T2 = "2026-11-20T12:00:00.000Z";
const T3 = "2026-11-20T14:00:00.000Z";
const ctxAt = (readAt: string, url = LIST_URL): ReadingContext => ({ readAt, channelId: CHANNEL, url });
const minutes = (iso: string, delta: number): string => new Date(Date.parse(iso) + delta * 60_000).toISOString();

/** The record after a first reading at T1, as stored. */
function firstRecord(overrides: Parameters<typeof disputeReading>[0] = {}): DisputeRecord {
  return mergeDisputeReading(undefined, disputeReading(overrides), ctxAt(T1)).record;
}

describe("mergeDisputeReading: first sighting", () => {
  it("creates the full record with the seller's marks at their defaults", () => {
    const { record } = mergeDisputeReading(undefined, disputeReading(), ctxAt(T1));
    expect(record).toMatchObject({
      disputeId: ID,
      channelId: CHANNEL,
      orderId: "8183974713700486",
      status: "awaiting-seller",
      reason: "not-received",
      refundRequested: { amount: 12.5, currency: "USD" },
      firstSeenAt: T1,
      lastSeenAt: T1,
      notSeenSince: null,
      checklist: {},
      handled: false,
      note: "",
      buyerLanguage: null,
      snoozedUntil: null,
      buyerCountry: null,
    });
    expect(record.pageDeadline).toEqual({ at: "2026-11-23T10:00:00.000Z", text: "4天23小时", readAt: T1, status: "awaiting-seller" });
  });

  it("does not date the status: its start was not seen (DOMAIN §1)", () => {
    expect(firstRecord().statusSince).toBeNull();
  });

  it("puts the opening, the updated time and the first deadline in the timeline", () => {
    const { events } = mergeDisputeReading(undefined, disputeReading(), ctxAt(T1));
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ["opened", "2026-11-18T10:00:00.000Z"],
      ["updated", "2026-11-18T10:00:00.000Z"],
      ["deadline-change", T1],
    ]);
    expect(events.every((e) => e.disputeId === ID && e.seenAt === T1)).toBe(true);
    expect(events[2]).toMatchObject({ from: null, to: "2026-11-23T10:00:00.000Z" });
  });

  it("adds no opened event when the opening time is unknown", () => {
    const { events } = mergeDisputeReading(undefined, disputeReading({ openedAt: null }), ctxAt(T1));
    expect(events.some((e) => e.kind === "opened")).toBe(false);
  });

  it("normalises times so the stored strings order by instant", () => {
    const { record } = mergeDisputeReading(undefined, disputeReading({ deadline: "2026-11-23T18:00:00+08:00" }), ctxAt(T1));
    expect(record.pageDeadline?.at).toBe("2026-11-23T10:00:00.000Z");
  });

  it("refuses a reading without a dispute id", () => {
    expect(() => mergeDisputeReading(undefined, disputeReading({ disputeId: null }), ctxAt(T1))).toThrow(RangeError);
  });
});

describe("mergeDisputeReading: field by field", () => {
  it("lets the newer reading win", () => {
    const { record } = mergeDisputeReading(firstRecord(), disputeReading({ productTitle: "Phone case, blue", buyer: "Maria" }), ctxAt(T2));
    expect(record.productTitle).toBe("Phone case, blue");
    expect(record.buyer).toBe("Maria");
    expect(record.lastSeenAt).toBe(T2);
    expect(record.firstSeenAt).toBe(T1);
  });

  it("never lets null overwrite a known value", () => {
    const known = firstRecord({ trackingNumber: "LP001", carrier: "Cainiao" });
    const { record, events } = mergeDisputeReading(
      known,
      disputeReading({ trackingNumber: null, carrier: null, buyer: null, openedAt: null, refundRequested: null, deadline: null, deadlineText: null }),
      ctxAt(T2),
    );
    expect(record).toMatchObject({ trackingNumber: "LP001", carrier: "Cainiao", buyer: "M***a", openedAt: known.openedAt });
    expect(record.refundRequested).toEqual(known.refundRequested);
    // A countdown not shown this time is still the deadline while the status stays.
    expect(record.pageDeadline).toEqual(known.pageDeadline);
    expect(events).toEqual([]);
  });

  it("does not let an unrecognised status or reason replace a known one", () => {
    const { record, events } = mergeDisputeReading(
      firstRecord(),
      disputeReading({ status: "unknown", statusText: "???", reason: "unknown" }),
      ctxAt(T2),
    );
    expect(record.status).toBe("awaiting-seller");
    expect(record.reason).toBe("not-received");
    expect(events.some((e) => e.kind === "status-change")).toBe(false);
  });

  it("lets a reading older than what we hold fill gaps only (another tab sent it late)", () => {
    const newer = mergeDisputeReading(firstRecord(), disputeReading({ status: "awaiting-buyer", productTitle: "New title", deadline: null }), ctxAt(T3)).record;
    const { record, events } = mergeDisputeReading(
      newer,
      disputeReading({ status: "awaiting-seller", productTitle: "Old title", carrier: "Cainiao", deadline: "2026-11-25T10:00:00.000Z" }),
      ctxAt(T2),
    );
    expect(record.status).toBe("awaiting-buyer");
    expect(record.productTitle).toBe("New title");
    expect(record.carrier).toBe("Cainiao");
    expect(record.lastSeenAt).toBe(T3);
    // The older tab's countdown belonged to the status it saw, not to the current one.
    expect(record.pageDeadline).toBeNull();
    expect(events.filter((e) => e.kind !== "opened")).toEqual([]);
  });

  it("keeps the seller's marks", () => {
    const known: DisputeRecord = {
      ...firstRecord(),
      checklist: { tracking: true },
      handled: true,
      note: "called carrier",
      buyerLanguage: "es",
      snoozedUntil: T3,
      buyerCountry: "ES",
    };
    const { record } = mergeDisputeReading(known, disputeReading(), ctxAt(T2));
    expect(record).toMatchObject({ checklist: { tracking: true }, handled: true, note: "called carrier", buyerLanguage: "es", snoozedUntil: T3, buyerCountry: "ES" });
  });

  it("clears 'not seen since' when the dispute shows up again", () => {
    const known: DisputeRecord = { ...firstRecord(), notSeenSince: T2 };
    expect(mergeDisputeReading(known, disputeReading(), ctxAt(T3)).record.notSeenSince).toBeNull();
  });

  it("keeps the dispute's own page as its address when a list shows it later", () => {
    const fromDetail = mergeDisputeReading(undefined, disputeReading(), ctxAt(T1, detailUrl(ID))).record;
    expect(fromDetail.url).toBe(detailUrl(ID));
    expect(mergeDisputeReading(fromDetail, disputeReading(), ctxAt(T2, LIST_URL)).record.url).toBe(detailUrl(ID));
    const fromList = firstRecord();
    expect(fromList.url).toBe(LIST_URL);
    expect(mergeDisputeReading(fromList, disputeReading(), ctxAt(T2, detailUrl(ID))).record.url).toBe(detailUrl(ID));
  });
});

describe("mergeDisputeReading: page deadlines and countdown jitter", () => {
  const DUE = "2026-11-23T10:00:00.000Z";

  it("treats a deadline that moved by 1 minute as the same deadline", () => {
    const known = firstRecord();
    const { record, events } = mergeDisputeReading(known, disputeReading({ deadline: minutes(DUE, 1), deadlineText: "4天21小时" }), ctxAt(T2));
    expect(record.pageDeadline).toEqual(known.pageDeadline);
    expect(events).toEqual([]);
  });

  it("treats a move of 1 min 59 s either way as jitter", () => {
    const known = firstRecord();
    const back = new Date(Date.parse(DUE) - 119_000).toISOString();
    expect(mergeDisputeReading(known, disputeReading({ deadline: back }), ctxAt(T2)).record.pageDeadline).toEqual(known.pageDeadline);
  });

  it("records a deadline that moved by 3 minutes as a change", () => {
    const known = firstRecord();
    const moved = minutes(DUE, 3);
    const { record, events } = mergeDisputeReading(known, disputeReading({ deadline: moved, deadlineText: "4天21小时" }), ctxAt(T2));
    expect(record.pageDeadline).toEqual({ at: moved, text: "4天21小时", readAt: T2, status: "awaiting-seller" });
    expect(events).toEqual([{ disputeId: ID, kind: "deadline-change", at: T2, seenAt: T2, from: DUE, to: moved, detail: "4天21小时" }]);
  });

  it("keeps the tighter of two 'less than 1 hour' upper bounds while it has not passed", () => {
    const known = firstRecord({ deadline: "2026-11-20T11:00:00.000Z", deadlineText: "less than 1 hour", deadlineImprecise: true });
    const later = mergeDisputeReading(
      known,
      disputeReading({ deadline: "2026-11-20T11:20:00.000Z", deadlineText: "less than 1 hour", deadlineImprecise: true }),
      ctxAt("2026-11-20T10:20:00.000Z"),
    );
    expect(later.record.pageDeadline).toEqual(known.pageDeadline);
    const precise = mergeDisputeReading(known, disputeReading({ deadline: "2026-11-20T10:59:30.000Z", deadlineText: "00:39:30" }), ctxAt("2026-11-20T10:20:00.000Z"));
    expect(precise.record.pageDeadline).toMatchObject({ at: "2026-11-20T10:59:30.000Z", readAt: "2026-11-20T10:20:00.000Z" });
    expect(precise.record.pageDeadline?.imprecise).toBeUndefined();
  });
});

describe("mergeDisputeReading: status changes and closing", () => {
  it("records a status change, dates the new status and drops the old step's countdown", () => {
    const known = firstRecord();
    const { record, events } = mergeDisputeReading(
      known,
      disputeReading({ status: "awaiting-buyer", statusText: "等待买家响应", deadline: null, deadlineText: null }),
      ctxAt(T2),
    );
    expect(record).toMatchObject({ status: "awaiting-buyer", statusText: "等待买家响应", statusSince: T2, pageDeadline: null });
    expect(events.map((e) => [e.kind, e.from, e.to])).toEqual([
      ["status-change", "awaiting-seller", "awaiting-buyer"],
      ["deadline-change", known.pageDeadline?.at, null],
    ]);
  });

  it("takes the new step's countdown with the new status", () => {
    const { record, events } = mergeDisputeReading(
      firstRecord(),
      disputeReading({ status: "awaiting-seller-receipt", deadline: "2026-12-01T00:00:00.000Z", deadlineText: "10天" }),
      ctxAt(T2),
    );
    expect(record.pageDeadline).toMatchObject({ at: "2026-12-01T00:00:00.000Z", status: "awaiting-seller-receipt", readAt: T2 });
    expect(events.find((e) => e.kind === "deadline-change")).toMatchObject({ from: "2026-11-23T10:00:00.000Z", to: "2026-12-01T00:00:00.000Z" });
  });

  it.each(["closed", "refunding"] as const)("ends the clocks on a change to %s", (finished) => {
    const { record, events } = mergeDisputeReading(
      firstRecord(),
      // Even if the page still prints a countdown, a finished dispute has none (DOMAIN §1).
      disputeReading({ status: finished, statusText: "已结束", deadline: "2026-11-23T10:00:00.000Z" }),
      ctxAt(T2),
    );
    expect(record.status).toBe(finished);
    expect(record.pageDeadline).toBeNull();
    expect(events.map((e) => e.kind)).toEqual(["status-change", "closed"]);
    expect(events[1]).toMatchObject({ at: T2, to: finished });
  });

  it("does not repeat the closed event when a closed dispute is seen again", () => {
    const closed = mergeDisputeReading(firstRecord(), disputeReading({ status: "closed", deadline: null }), ctxAt(T2)).record;
    expect(mergeDisputeReading(closed, disputeReading({ status: "closed", deadline: null }), ctxAt(T3)).events).toEqual([]);
  });
});

describe("mergeDisputeReading: buyer changes restart R-RESPOND", () => {
  it("sees the status come back to awaiting-seller as a buyer change, keeping the old clock in the timeline", () => {
    const waitingForBuyer = mergeDisputeReading(
      firstRecord(),
      disputeReading({ status: "awaiting-buyer", deadline: "2026-11-25T10:00:00.000Z" }),
      ctxAt(T2),
    ).record;
    const { record, events } = mergeDisputeReading(
      waitingForBuyer,
      disputeReading({ status: "awaiting-seller", deadline: "2026-11-25T14:00:00.000Z", deadlineText: "5天" }),
      ctxAt(T3),
    );
    const buyerChange = events.find((e) => e.kind === "buyer-change");
    // Dated at the previous reading: the earliest it can have happened, so an estimate is never late.
    expect(buyerChange).toMatchObject({ at: T2, seenAt: T3 });
    expect(record.buyerChangedAt).toBe(T2);
    expect(events.find((e) => e.kind === "deadline-change")).toMatchObject({ from: "2026-11-25T10:00:00.000Z", to: "2026-11-25T14:00:00.000Z" });
    expect(record.pageDeadline).toMatchObject({ at: "2026-11-25T14:00:00.000Z", status: "awaiting-seller" });
  });

  it("sees a new requested refund as a buyer change and drops the countdown it restarted", () => {
    const known = firstRecord();
    const { record, events } = mergeDisputeReading(
      known,
      disputeReading({ refundRequested: { amount: 6, currency: "USD" }, deadline: null, deadlineText: null }),
      ctxAt(T2),
    );
    expect(events.map((e) => e.kind)).toEqual(["buyer-change", "deadline-change"]);
    expect(events[1]).toMatchObject({ from: known.pageDeadline?.at, to: null });
    expect(record.buyerChangedAt).toBe(T1);
    expect(record.pageDeadline).toBeNull();
    expect(record.refundRequested).toEqual({ amount: 6, currency: "USD" });
  });

  it("sees a changed reason as a buyer change", () => {
    const { record, events } = mergeDisputeReading(firstRecord(), disputeReading({ reason: "damaged", reasonText: "货物破损" }), ctxAt(T2));
    expect(events[0]).toMatchObject({ kind: "buyer-change", at: T1, seenAt: T2 });
    expect(events[0]?.detail).toContain("reason changed from not-received to damaged");
    expect(record).toMatchObject({ reason: "damaged", buyerChangedAt: T1 });
  });

  it("does not take a moved 'updated' time for a buyer change: the seller's upload moves it too", () => {
    const { record, events } = mergeDisputeReading(firstRecord(), disputeReading({ updatedAt: "2026-11-20T11:00:00.000Z" }), ctxAt(T2));
    expect(events.map((e) => [e.kind, e.at])).toEqual([["updated", "2026-11-20T11:00:00.000Z"]]);
    expect(record.buyerChangedAt).toBeNull();
    expect(record.updatedAt).toBe("2026-11-20T11:00:00.000Z");
  });

  it("takes buyer actions from the history, once each, the latest into buyerChangedAt", () => {
    const history = [
      { at: "2026-11-18T10:00:00.000Z", actor: "buyer" as const, text: "买家发起纠纷" },
      { at: "2026-11-19T09:00:00.000Z", actor: "seller" as const, text: "卖家拒绝并提供方案" },
      { at: "2026-11-19T15:00:00.000Z", actor: "buyer" as const, text: "买家修改了纠纷方案" },
    ];
    const first = mergeDisputeReading(undefined, disputeReading({ history }), ctxAt(T1));
    expect(first.record.buyerChangedAt).toBe("2026-11-19T15:00:00.000Z");
    // The opening entry is the opening, not a change (DOMAIN.md §1: opening alone is not enough after 5 days).
    expect(first.events.filter((e) => e.kind === "buyer-change").map((e) => [e.at, e.detail])).toEqual([
      ["2026-11-19T15:00:00.000Z", "买家修改了纠纷方案"],
    ]);
    const again = mergeDisputeReading(first.record, disputeReading({ history }), ctxAt(T2));
    expect(again.events).toEqual([]);
    const more = [...history, { at: "2026-11-20T13:00:00.000Z", actor: "buyer" as const, text: "买家上传了证据" }];
    const later = mergeDisputeReading(again.record, disputeReading({ history: more, deadline: null }), ctxAt(T3));
    expect(later.events.map((e) => [e.kind, e.at])).toEqual([
      ["buyer-change", "2026-11-20T13:00:00.000Z"],
      // The countdown read at T1 is older than the buyer's change: R-RESPOND restarted.
      ["deadline-change", T3],
    ]);
    expect(later.record.buyerChangedAt).toBe("2026-11-20T13:00:00.000Z");
    expect(later.record.pageDeadline).toBeNull();
  });

  it("keeps a countdown a buyer action did not move, dated by the reading that confirmed it", () => {
    const known = firstRecord();
    const history = [{ at: "2026-11-20T11:00:00.000Z", actor: "buyer" as const, text: "Buyer uploaded evidence" }];
    const { record, events } = mergeDisputeReading(known, disputeReading({ history, deadline: minutes("2026-11-23T10:00:00.000Z", 1) }), ctxAt(T2));
    expect(events.map((e) => e.kind)).toEqual(["buyer-change"]);
    expect(record.pageDeadline).toEqual({ ...known.pageDeadline, readAt: T2 });
  });

  it("learns buyer actions from an older reading too: they are facts, not a newer state", () => {
    const known = mergeDisputeReading(firstRecord(), disputeReading(), ctxAt(T3)).record;
    const history = [{ at: "2026-11-19T15:00:00.000Z", actor: "buyer" as const, text: "Buyer modified the request" }];
    const { record, events } = mergeDisputeReading(known, disputeReading({ history }), ctxAt(T2));
    expect(record.buyerChangedAt).toBe("2026-11-19T15:00:00.000Z");
    expect(events.map((e) => e.kind)).toEqual(["buyer-change"]);
  });
});

describe("mergeDisputeReading: two tabs, either order", () => {
  it("lets the newest reading's known values win and loses no known value, whichever arrives first", () => {
    const nullableText = fc.option(fc.constantFrom("a", "b", "c"), { nil: null });
    const sample = fc.record({
      minute: fc.integer({ min: 0, max: 600 }),
      productTitle: nullableText,
      trackingNumber: nullableText,
      buyer: nullableText,
      status: fc.constantFrom(...DISPUTE_STATUSES),
    });
    fc.assert(
      fc.property(sample, sample, sample, (first, x, y) => {
        fc.pre(x.minute !== y.minute);
        const read = (s: typeof first) =>
          disputeReading({ productTitle: s.productTitle, trackingNumber: s.trackingNumber, buyer: s.buyer, status: s.status, deadline: null, history: [] });
        const at = (s: typeof first) => minutes(T1, 1 + s.minute);
        const start = mergeDisputeReading(undefined, read(first), ctxAt(T1)).record;
        const xThenY = mergeDisputeReading(mergeDisputeReading(start, read(x), ctxAt(at(x))).record, read(y), ctxAt(at(y))).record;
        const yThenX = mergeDisputeReading(mergeDisputeReading(start, read(y), ctxAt(at(y))).record, read(x), ctxAt(at(x))).record;
        const newer = x.minute > y.minute ? x : y;
        for (const result of [xThenY, yThenX]) {
          for (const field of ["productTitle", "trackingNumber", "buyer"] as const) {
            if (newer[field] !== null) expect(result[field]).toBe(newer[field]);
            if (first[field] !== null || x[field] !== null || y[field] !== null) expect(result[field]).not.toBeNull();
          }
          if (newer.status !== "unknown") expect(result.status).toBe(newer.status);
          expect(result.lastSeenAt).toBe(at(newer));
          expect(result.firstSeenAt).toBe(T1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("mergeDisputeReading: evidence that is no evidence (review findings)", () => {
  it("reads the history's opening entry as the opening time, never as a buyer change", () => {
    const history = [{ at: "2026-11-10T16:42:00.000Z", actor: "buyer" as const, text: "Buyer opened the dispute" }];
    const { record, events } = mergeDisputeReading(undefined, disputeReading({ openedAt: null, history }), ctxAt(T1));
    expect(record.openedAt).toBe("2026-11-10T16:42:00.000Z");
    expect(record.buyerChangedAt).toBeNull();
    expect(events.some((e) => e.kind === "buyer-change")).toBe(false);
  });

  it("does not take a refund shown in another currency for a changed request", () => {
    const first = mergeDisputeReading(undefined, disputeReading({ refundRequested: { amount: 235.87, currency: "CNY" } }), ctxAt(T1));
    const second = mergeDisputeReading(first.record, disputeReading({ refundRequested: { amount: 32.5, currency: "USD" }, deadline: null }), ctxAt(T2));
    expect(second.events.some((e) => e.kind === "buyer-change")).toBe(false);
    expect(second.record.pageDeadline).toEqual(first.record.pageDeadline);
  });

  it("does not take a flip from 纠纷中 (negotiating) to awaiting-seller for a buyer change", () => {
    const first = mergeDisputeReading(undefined, disputeReading({ status: "negotiating", statusText: "纠纷中", deadline: null }), ctxAt(T1));
    const second = mergeDisputeReading(first.record, disputeReading({ deadline: null }), ctxAt(T2));
    expect(second.events.some((e) => e.kind === "buyer-change")).toBe(false);
    expect(second.record.buyerChangedAt).toBeNull();
  });
});
