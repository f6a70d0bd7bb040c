import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, emptyDisputeRecord, emptyOrderRecord, type DisputeRecord, type DisputeStatus, type OrderRecord, type Settings } from "../model";
import {
  computeDeadlines,
  computeOrderDeadlines,
  explainUnknownDeadlines,
  explainUnknownOrderDeadlines,
} from "./compute-deadlines";
import type { ComputedDeadline, RuleId } from "./types";

const HOUR = 3_600_000;
const NOW = new Date("2026-11-20T18:30:00.000Z");
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR).toISOString();
const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

function dispute(overrides: Partial<DisputeRecord>): DisputeRecord {
  return {
    ...emptyDisputeRecord("6357659057690538", at(-1)),
    channelId: "2285755",
    orderId: "8214940542501384",
    status: "awaiting-seller",
    reason: "damaged",
    ...overrides,
  };
}

function order(overrides: Partial<OrderRecord>): OrderRecord {
  return {
    ...emptyOrderRecord("8188189038990923", at(-1)),
    channelId: "2687399",
    ...overrides,
  };
}

function pageDeadline(status: DisputeStatus, dueAt: string, readAt = at(-2), imprecise?: boolean) {
  return { at: dueAt, text: "4天23小时15分", readAt, status, ...(imprecise === undefined ? {} : { imprecise }) };
}

function only(deadlines: ComputedDeadline[], rule: RuleId): ComputedDeadline {
  const found = deadlines.filter((deadline) => deadline.rule === rule);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (first === undefined) throw new Error(`no ${rule}`);
  return first;
}

const withHours = (ruleHours: Record<string, number>): Settings => ({ ...DEFAULT_SETTINGS, ruleHours });

describe("computeDeadlines — awaiting-seller (R-RESPOND)", () => {
  it("takes the page's deadline for the current status before any rule", () => {
    const record = dispute({
      openedAt: at(-30),
      buyerChangedAt: at(-20),
      updatedAt: at(-10),
      pageDeadline: pageDeadline("awaiting-seller", at(50)),
    });
    const respond = only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND");
    expect(respond).toEqual({
      rule: "R-RESPOND",
      dueAt: at(50),
      source: "page",
      startEvent: "page",
      startAt: null,
      actor: "seller",
      alarm: true,
      expiry: "expiry.buyerProposalExecuted",
      explanation: { key: "deadline.page.shown", params: { readAt: at(-2), text: "4天23小时15分" } },
    });
  });

  it("keeps an overdue page deadline (the seller must see it is late)", () => {
    const record = dispute({ pageDeadline: pageDeadline("awaiting-seller", at(-1), at(-3)) });
    expect(only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND").dueAt).toBe(at(-1));
  });

  it("carries the page's 'less than 1 hour' imprecision", () => {
    const record = dispute({ pageDeadline: pageDeadline("awaiting-seller", at(1), at(0), true) });
    expect(only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND").imprecise).toBe(true);
  });

  it("ignores a page deadline shown under another status", () => {
    const record = dispute({ buyerChangedAt: at(-10), pageDeadline: pageDeadline("awaiting-buyer", at(3)) });
    const respond = only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND");
    expect(respond.source).toBe("rule");
    expect(respond.dueAt).toBe(at(110));
  });

  it("drops a page countdown read before a later buyer change: the change restarted the clock", () => {
    const record = dispute({
      buyerChangedAt: at(-1),
      pageDeadline: pageDeadline("awaiting-seller", at(20), at(-5)),
    });
    const respond = only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND");
    expect(respond).toMatchObject({ source: "rule", startEvent: "buyer-change", dueAt: at(119) });
  });

  it("keeps the page countdown when only the 'updated' time is later (a seller's upload moves it too)", () => {
    const record = dispute({ updatedAt: at(-1), pageDeadline: pageDeadline("awaiting-seller", at(20), at(-5)) });
    expect(only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND")).toMatchObject({
      source: "page",
      dueAt: at(20),
    });
  });

  it.each<[string, Partial<DisputeRecord>, string, string, string]>([
    ["a buyer change", { buyerChangedAt: at(-30) }, "buyer-change", at(-30), "deadline.rule.afterBuyerChange"],
    ["the last update", { updatedAt: at(-30) }, "updated", at(-30), "deadline.rule.afterLastUpdate"],
    ["an opening under 5 days old", { openedAt: at(-100) }, "opened", at(-100), "deadline.rule.afterOpening"],
    [
      "the latest of change and update",
      { openedAt: at(-200), buyerChangedAt: at(-50), updatedAt: at(-40) },
      "updated",
      at(-40),
      "deadline.rule.afterLastUpdate",
    ],
    [
      "a buyer change after an old opening",
      { openedAt: at(-200), buyerChangedAt: at(-20), updatedAt: at(-30) },
      "buyer-change",
      at(-20),
      "deadline.rule.afterBuyerChange",
    ],
    [
      "the opening when the update is the opening itself",
      { openedAt: at(-20), updatedAt: at(-20) },
      "opened",
      at(-20),
      "deadline.rule.afterOpening",
    ],
    [
      "the opening when the only change seen is older than it",
      { openedAt: at(-20), buyerChangedAt: at(-30) },
      "opened",
      at(-20),
      "deadline.rule.afterOpening",
    ],
  ])("estimates 120 h from %s", (_label, fields, startEvent, startAt, key) => {
    const respond = only(computeDeadlines(dispute(fields), NOW, DEFAULT_SETTINGS), "R-RESPOND");
    expect(respond).toEqual({
      rule: "R-RESPOND",
      dueAt: plus(startAt, 120),
      source: "rule",
      startEvent,
      startAt,
      actor: "seller",
      alarm: true,
      expiry: "expiry.buyerProposalExecuted",
      explanation: { key, params: { start: startAt, hours: 120 } },
    });
    expect(explainUnknownDeadlines(dispute(fields), NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each([120, 121, 500])("says unknown when the only start is an opening %s h old", (age) => {
    const record = dispute({ openedAt: at(-age) });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS).filter((d) => d.rule === "R-RESPOND")).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      {
        rule: "R-RESPOND",
        actor: "seller",
        alarm: true,
        explanation: { key: "deadline.unknown.noBuyerChangeSeen", params: { openedAt: at(-age), hours: 120 } },
      },
    ]);
  });

  it("estimates from an opening 119 h 59 min old (at worst early)", () => {
    const openedAt = new Date(NOW.getTime() - 120 * HOUR + 60_000).toISOString();
    expect(only(computeDeadlines(dispute({ openedAt }), NOW, DEFAULT_SETTINGS), "R-RESPOND").dueAt).toBe(
      new Date(NOW.getTime() + 60_000).toISOString(),
    );
  });

  it("says unknown when an old opening's update equals the opening (no change seen)", () => {
    const record = dispute({ openedAt: at(-150), updatedAt: at(-150) });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS).some((d) => d.rule === "R-RESPOND")).toBe(false);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)[0]?.explanation.key).toBe(
      "deadline.unknown.noBuyerChangeSeen",
    );
  });

  it("says unknown when the latest evidence is an update over 5 days old (still awaiting: a change went unseen)", () => {
    const record = dispute({ openedAt: at(-200), updatedAt: at(-130) });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS).some((d) => d.rule === "R-RESPOND")).toBe(false);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)[0]?.explanation).toEqual({
      key: "deadline.unknown.updateTooOld",
      params: { updatedAt: at(-130), hours: 120 },
    });
  });

  it("keeps a buyer-change estimate that has passed (overdue, with its start shown)", () => {
    const record = dispute({ buyerChangedAt: at(-130) });
    expect(only(computeDeadlines(record, NOW, DEFAULT_SETTINGS), "R-RESPOND").dueAt).toBe(at(-10));
  });

  it("says unknown with no start at all, and shows no platform information", () => {
    const record = dispute({ buyerChangedAt: "not a time", updatedAt: "" });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      { rule: "R-RESPOND", actor: "seller", alarm: true, explanation: { key: "deadline.unknown.noStartSeen", params: {} } },
    ]);
  });

  it("applies the seller's R-RESPOND override to the estimate", () => {
    const respond = only(
      computeDeadlines(dispute({ buyerChangedAt: at(-10) }), NOW, withHours({ "R-RESPOND": 96 })),
      "R-RESPOND",
    );
    expect(respond.dueAt).toBe(at(86));
    expect(respond.explanation.params["hours"]).toBe(96);
  });

  it("ignores a broken override", () => {
    const respond = only(computeDeadlines(dispute({ buyerChangedAt: at(-10) }), NOW, withHours({ "R-RESPOND": -1 })), "R-RESPOND");
    expect(respond.dueAt).toBe(at(110));
  });

  it("adds R-PLATFORM as information from the opening", () => {
    const platform = only(computeDeadlines(dispute({ openedAt: at(-30) }), NOW, DEFAULT_SETTINGS), "R-PLATFORM");
    expect(platform).toEqual({
      rule: "R-PLATFORM",
      dueAt: at(138),
      source: "rule",
      startEvent: "opened",
      startAt: at(-30),
      actor: "platform",
      alarm: false,
      expiry: "expiry.platformProposesSolution",
      explanation: { key: "deadline.info.platformMayStepIn", params: { start: at(-30), hours: 168 } },
      informational: true,
    });
  });
});

describe("computeDeadlines — statuses without a seller clock of their own", () => {
  it.each<DisputeStatus>(["awaiting-buyer", "negotiating"])("%s shows only R-PLATFORM, never alarmed", (status) => {
    const record = dispute({
      status,
      openedAt: at(-30),
      buyerChangedAt: at(-10),
      updatedAt: at(-5),
      statusSince: at(-5),
      pageDeadline: pageDeadline(status, at(40)),
    });
    const deadlines = computeDeadlines(record, NOW, DEFAULT_SETTINGS);
    expect(deadlines.map((d) => d.rule)).toEqual(["R-PLATFORM"]);
    expect(deadlines[0]).toMatchObject({ alarm: false, informational: true, dueAt: at(138) });
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each<DisputeStatus>(["awaiting-buyer", "negotiating"])("%s without an opening time shows nothing", (status) => {
    expect(computeDeadlines(dispute({ status, buyerChangedAt: at(-1) }), NOW, DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe("computeDeadlines — page-only clocks (R-EVIDENCE, R-RECEIPT)", () => {
  it.each<[DisputeStatus, RuleId, string]>([
    ["platform-review", "R-EVIDENCE", "expiry.decidedOnSubmittedEvidence"],
    ["awaiting-seller-receipt", "R-RECEIPT", "expiry.buyerRefundedUnconfirmed"],
  ])("%s → %s from the page, alarmed", (status, rule, expiry) => {
    const record = dispute({ status, openedAt: at(-30), pageDeadline: pageDeadline(status, at(12)) });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      {
        rule,
        dueAt: at(12),
        source: "page",
        startEvent: "page",
        startAt: null,
        actor: "seller",
        alarm: true,
        expiry,
        explanation: { key: "deadline.page.shown", params: { readAt: at(-2), text: "4天23小时15分" } },
      },
    ]);
  });

  it.each<[DisputeStatus, RuleId]>([
    ["platform-review", "R-EVIDENCE"],
    ["awaiting-seller-receipt", "R-RECEIPT"],
  ])("%s without a page deadline is unknown — never invented, even with a start and an override", (status, rule) => {
    const record = dispute({
      status,
      openedAt: at(-30),
      buyerChangedAt: at(-20),
      statusSince: at(-10),
      pageDeadline: pageDeadline("awaiting-seller", at(12)),
    });
    const settings = withHours({ [rule]: 72 });
    expect(computeDeadlines(record, NOW, settings)).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, settings)).toEqual([
      { rule, actor: "seller", alarm: true, explanation: { key: "deadline.unknown.pageOnly", params: {} } },
    ]);
  });
});

describe("computeDeadlines — awaiting-buyer-return (R-RETURN-SHIP, the buyer's clock)", () => {
  it("takes the page's deadline, shown but never alarmed", () => {
    const record = dispute({
      status: "awaiting-buyer-return",
      statusSince: at(-10),
      pageDeadline: pageDeadline("awaiting-buyer-return", at(70)),
    });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      expect.objectContaining({ rule: "R-RETURN-SHIP", source: "page", dueAt: at(70), actor: "buyer", alarm: false }),
    ]);
  });

  it("estimates 240 h from when the return was first seen agreed", () => {
    const record = dispute({ status: "awaiting-buyer-return", openedAt: at(-100), statusSince: at(-10) });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      {
        rule: "R-RETURN-SHIP",
        dueAt: at(230),
        source: "rule",
        startEvent: "return-agreed",
        startAt: at(-10),
        actor: "buyer",
        alarm: false,
        expiry: "expiry.closedInSellerFavour",
        explanation: { key: "deadline.rule.afterReturnAgreed", params: { start: at(-10), hours: 240 } },
      },
    ]);
  });

  it("is unknown without the moment the return was agreed", () => {
    const record = dispute({
      status: "awaiting-buyer-return",
      openedAt: at(-100),
      pageDeadline: pageDeadline("awaiting-seller", at(5)),
    });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      { rule: "R-RETURN-SHIP", actor: "buyer", alarm: false, explanation: { key: "deadline.unknown.noStartSeen", params: {} } },
    ]);
  });
});

describe("computeDeadlines — finished and unrecognised statuses", () => {
  it.each<DisputeStatus>(["closed", "refunding"])("%s has no running clock, whatever evidence remains", (status) => {
    const record = dispute({
      status,
      openedAt: at(-30),
      buyerChangedAt: at(-10),
      updatedAt: at(-5),
      statusSince: at(-1),
      pageDeadline: pageDeadline(status, at(20)),
    });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
  });

  it("an unrecognised status assumes no clock and says why", () => {
    const record = dispute({
      status: "unknown",
      statusText: "待定状态",
      openedAt: at(-30),
      buyerChangedAt: at(-10),
      pageDeadline: pageDeadline("unknown", at(20)),
    });
    expect(computeDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    expect(explainUnknownDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      {
        rule: "R-RESPOND",
        actor: "seller",
        alarm: false,
        explanation: { key: "deadline.unknown.statusNotRecognised", params: { statusText: "待定状态" } },
      },
    ]);
  });
});

describe("computeOrderDeadlines", () => {
  it.each(["买家申请取消", "IN_CANCEL", "Buyer requested cancellation", " buyer requested cancellation. "])(
    "'%s' → R-CANCEL 48 h from the request, alarmed",
    (status) => {
      const record = order({ status, cancelRequestedAt: at(-6) });
      expect(computeOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
        {
          rule: "R-CANCEL",
          dueAt: at(42),
          source: "rule",
          startEvent: "status-change",
          startAt: at(-6),
          actor: "seller",
          alarm: true,
          expiry: "expiry.orderCancelled",
          explanation: { key: "deadline.rule.afterCancelRequest", params: { start: at(-6), hours: 48 } },
        },
      ]);
    },
  );

  it("applies the seller's R-CANCEL override", () => {
    const record = order({ status: "IN_CANCEL", cancelRequestedAt: at(-6) });
    expect(computeOrderDeadlines(record, NOW, withHours({ "R-CANCEL": 24 }))[0]?.dueAt).toBe(at(18));
  });

  it("a cancellation request without its start time is unknown", () => {
    const record = order({ status: "买家申请取消", shipDeadline: at(30) });
    expect(computeOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    expect(explainUnknownOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
      { rule: "R-CANCEL", actor: "seller", alarm: true, explanation: { key: "deadline.unknown.noStartSeen", params: {} } },
    ]);
  });

  it.each(["等待发货", "等待您发货", "WAIT_SELLER_SEND_GOODS", "Awaiting shipment"])(
    "'%s' with a ship-by countdown → R-SHIP from the page",
    (status) => {
      const record = order({ status, shipDeadline: at(30), paidAt: at(-40) });
      expect(computeOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([
        {
          rule: "R-SHIP",
          dueAt: at(30),
          source: "page",
          startEvent: "page",
          startAt: null,
          actor: "seller",
          alarm: true,
          expiry: "expiry.orderCancelledBuyerRefunded",
          explanation: { key: "deadline.page.shown", params: { readAt: at(-1) } },
        },
      ]);
    },
  );

  it("awaiting shipment without a ship-by countdown is unknown, even with a paid time and an override", () => {
    const record = order({ status: "等待您发货", paidAt: at(-40) });
    const settings = withHours({ "R-SHIP": 72 });
    expect(computeOrderDeadlines(record, NOW, settings)).toEqual([]);
    expect(explainUnknownOrderDeadlines(record, NOW, settings)).toEqual([
      { rule: "R-SHIP", actor: "seller", alarm: true, explanation: { key: "deadline.unknown.pageOnly", params: {} } },
    ]);
  });

  it.each([null, "等待买家收货", "Shipped", "FINISH", "交易完成", "Awaiting payment"])(
    "'%s' starts no clock",
    (status) => {
      const record = order({ status, shipDeadline: at(30), cancelRequestedAt: at(-6) });
      expect(computeOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
      expect(explainUnknownOrderDeadlines(record, NOW, DEFAULT_SETTINGS)).toEqual([]);
    },
  );
});

describe("elapsed hours across DST switches, month and year ends, 29 February", () => {
  // America/Los_Angeles switches on 2025-03-09, 2025-11-02, 2026-03-08, 2026-11-01 at 02:00 local.
  it.each<[string, string, string]>([
    ["spring 2025: Fri 7 Mar 10:00 PST", "2025-03-07T18:00:00.000Z", "2025-03-12T18:00:00.000Z"],
    ["autumn 2025: Fri 31 Oct 10:00 PDT", "2025-10-31T17:00:00.000Z", "2025-11-05T17:00:00.000Z"],
    ["spring 2026: Fri 6 Mar 10:00 PST", "2026-03-06T18:00:00.000Z", "2026-03-11T18:00:00.000Z"],
    ["autumn 2026: Fri 30 Oct 10:00 PDT", "2026-10-30T17:00:00.000Z", "2026-11-04T17:00:00.000Z"],
    ["spring 2026 one minute before the switch, 01:59 PST", "2026-03-08T09:59:00.000Z", "2026-03-13T09:59:00.000Z"],
    ["autumn 2026 first 01:30 PDT", "2026-11-01T08:30:00.000Z", "2026-11-06T08:30:00.000Z"],
    ["autumn 2026 second 01:30 PST", "2026-11-01T09:30:00.000Z", "2026-11-06T09:30:00.000Z"],
    ["month end", "2026-01-29T12:00:00.000Z", "2026-02-03T12:00:00.000Z"],
    ["30-day month end", "2026-04-28T23:59:59.000Z", "2026-05-03T23:59:59.000Z"],
    ["year end", "2026-12-29T20:00:00.000Z", "2027-01-03T20:00:00.000Z"],
    ["New Year's Eve 23:59:59 UTC", "2026-12-31T23:59:59.000Z", "2027-01-05T23:59:59.000Z"],
    ["across 29 Feb 2028", "2028-02-26T00:00:00.000Z", "2028-03-02T00:00:00.000Z"],
    ["on 29 Feb 2028", "2028-02-29T15:00:00.000Z", "2028-03-05T15:00:00.000Z"],
    ["across 28 Feb 2027 (no leap day)", "2027-02-26T00:00:00.000Z", "2027-03-03T00:00:00.000Z"],
  ])("R-RESPOND after a buyer change, %s → exactly 120 h later", (_label, start, due) => {
    const now = new Date(Date.parse(start) + HOUR);
    const respond = only(computeDeadlines(dispute({ buyerChangedAt: start }), now, DEFAULT_SETTINGS), "R-RESPOND");
    expect(respond.dueAt).toBe(due);
    expect(Date.parse(respond.dueAt) - Date.parse(start)).toBe(120 * HOUR);
  });

  it("R-CANCEL across the autumn 2025 switch is 48 elapsed hours (the Pacific wall clock shows 47)", () => {
    const record = order({ status: "IN_CANCEL", cancelRequestedAt: "2025-11-01T17:00:00.000Z" }); // 10:00 PDT
    const [cancel] = computeOrderDeadlines(record, new Date("2025-11-01T18:00:00.000Z"), DEFAULT_SETTINGS);
    expect(cancel?.dueAt).toBe("2025-11-03T17:00:00.000Z"); // 09:00 PST on Monday
  });

  it("R-RETURN-SHIP across the spring 2025 switch is 240 elapsed hours", () => {
    const record = dispute({ status: "awaiting-buyer-return", statusSince: "2025-03-05T08:00:00.000Z" });
    const [ret] = computeDeadlines(record, new Date("2025-03-06T00:00:00.000Z"), DEFAULT_SETTINGS);
    expect(ret?.dueAt).toBe("2025-03-15T08:00:00.000Z");
  });
});
