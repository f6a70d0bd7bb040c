import { DEFAULT_SETTINGS } from "../model";
import type { ComputedDeadline } from "../rules/types";
import { mergeDisputeReading } from "./merge-dispute";
import { computeNextSellerDeadline, pickNextSellerDeadline } from "./next-seller-deadline";
import { LIST_URL, disputeReading } from "./testing/readings";

const deadline = (dueAt: string, alarm: boolean): ComputedDeadline => ({
  rule: "R-RESPOND",
  dueAt,
  source: "page",
  startEvent: "page",
  startAt: null,
  actor: alarm ? "seller" : "platform",
  alarm,
  expiry: "expiry",
  explanation: { key: "k", params: {} },
});

describe("pickNextSellerDeadline", () => {
  it("picks the earliest deadline that alarms, ignoring information-only ones", () => {
    expect(
      pickNextSellerDeadline([
        deadline("2026-11-25T00:00:00.000Z", true),
        deadline("2026-11-21T00:00:00.000Z", false),
        deadline("2026-11-23T08:00:00+08:00", true),
      ]),
    ).toBe("2026-11-23T00:00:00.000Z");
  });

  it("is null when nothing alarms", () => {
    expect(pickNextSellerDeadline([deadline("2026-11-21T00:00:00.000Z", false)])).toBeNull();
    expect(pickNextSellerDeadline([])).toBeNull();
  });
});

describe("computeNextSellerDeadline", () => {
  const now = new Date("2026-11-20T10:00:00.000Z");
  const ctx = { readAt: now.toISOString(), channelId: null, url: LIST_URL };

  it("is the page's countdown for a dispute awaiting the seller", () => {
    const { record } = mergeDisputeReading(undefined, disputeReading(), ctx);
    expect(computeNextSellerDeadline(record, now, DEFAULT_SETTINGS)).toBe("2026-11-23T10:00:00.000Z");
  });

  it("is null for a closed dispute", () => {
    const { record } = mergeDisputeReading(undefined, disputeReading({ status: "closed", deadline: null }), ctx);
    expect(computeNextSellerDeadline(record, now, DEFAULT_SETTINGS)).toBeNull();
  });
});
