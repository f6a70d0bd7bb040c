// Properties of computeDeadlines over arbitrary records: a deadline is never before its start,
// and nothing about the display (platform zone setting, the machine's zone) moves a deadline.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, DISPUTE_STATUSES, emptyDisputeRecord, emptyOrderRecord, FINISHED_STATUSES, type DisputeRecord, type OrderRecord } from "../model";
import {
  assessDisputeDeadlines,
  assessOrderDeadlines,
  computeDeadlines,
  computeOrderDeadlines,
} from "./compute-deadlines";
import { EXPLANATION_MESSAGES } from "./explanation-messages";
import type { MessageKey } from "./explanations";
import type { ComputedDeadline, Explanation } from "./types";

const HOUR = 3_600_000;
const FROM = Date.UTC(2024, 11, 20);
const TO = Date.UTC(2029, 0, 10);

const instantArb = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString());
/** A time field as the tracker may hold it: an instant, nothing, or text that is not a time. */
const timeFieldArb = fc.oneof(instantArb, fc.constant(null), fc.constantFrom("", "not a time", "2026-13-45"));
const statusArb = fc.constantFrom(...DISPUTE_STATUSES);

const disputeArb: fc.Arbitrary<DisputeRecord> = fc
  .record({
    status: statusArb,
    openedAt: timeFieldArb,
    updatedAt: timeFieldArb,
    buyerChangedAt: timeFieldArb,
    statusSince: timeFieldArb,
    pageDeadline: fc.option(
      fc.record({ at: instantArb, text: fc.option(fc.string()), readAt: instantArb, status: statusArb, imprecise: fc.boolean() }),
    ),
  })
  .map((fields) => ({
    ...emptyDisputeRecord("6357659057690538", "2026-11-01T00:00:00.000Z"),
    reason: "other" as const,
    ...fields,
  }));

const orderArb: fc.Arbitrary<OrderRecord> = fc
  .record({
    status: fc.option(fc.constantFrom("买家申请取消", "IN_CANCEL", "等待您发货", "Awaiting shipment", "Shipped", "FINISH")),
    shipDeadline: timeFieldArb,
    cancelRequestedAt: timeFieldArb,
  })
  .map((fields) => ({
    ...emptyOrderRecord("8188189038990923", "2026-11-01T00:00:00.000Z"),
    ...fields,
  }));

const nowArb = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const zoneArb = fc.constantFrom("America/Los_Angeles", "Asia/Shanghai", "UTC", "Europe/Moscow", "Australia/Lord_Howe");

function expectWellFormed(deadline: ComputedDeadline): void {
  const due = Date.parse(deadline.dueAt);
  expect(new Date(due).toISOString()).toBe(deadline.dueAt);
  if (deadline.startAt !== null) expect(due).toBeGreaterThanOrEqual(Date.parse(deadline.startAt));
  if (deadline.source === "rule") {
    expect(deadline.startAt).not.toBeNull();
    expect(deadline.startEvent).not.toBe("page");
  } else {
    expect(deadline.startEvent).toBe("page");
  }
  // Only the seller's own clocks are alarmed; information is never alarmed.
  if (deadline.alarm) expect(deadline.actor).toBe("seller");
  if (deadline.informational === true) expect(deadline.alarm).toBe(false);
}

/** Every placeholder of the explanation's templates must be filled by its parameters. */
function expectTemplatesFilled(explanation: Explanation): void {
  for (const messages of [EXPLANATION_MESSAGES.en, EXPLANATION_MESSAGES.zh]) {
    const template = messages[explanation.key as MessageKey];
    expect(template).toBeTypeOf("string");
    for (const [, name] of template.matchAll(/\{(\w+)\}/gu)) {
      expect(explanation.params).toHaveProperty(name ?? "");
    }
  }
}

describe("computeDeadlines properties", () => {
  const originalTz = process.env["TZ"];
  afterEach(() => {
    if (originalTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = originalTz;
  });

  it("never puts a deadline before its start, and gives well-formed clocks only for running statuses", () => {
    fc.assert(
      fc.property(disputeArb, nowArb, (record, now) => {
        const { deadlines, unknown } = assessDisputeDeadlines(record, now, DEFAULT_SETTINGS);
        if (FINISHED_STATUSES.includes(record.status)) expect([...deadlines, ...unknown]).toEqual([]);
        for (const deadline of deadlines) {
          expectWellFormed(deadline);
          expectTemplatesFilled(deadline.explanation);
          // An opening time alone estimates only while it is less than 5 days old.
          if (deadline.rule === "R-RESPOND" && deadline.startEvent === "opened") {
            expect(now.getTime() - Date.parse(deadline.startAt ?? "")).toBeLessThan(120 * HOUR);
          }
        }
        for (const entry of unknown) expectTemplatesFilled(entry.explanation);
        // A clock is either dated or explained as unknown, never both.
        const dated = new Set(deadlines.map((deadline) => deadline.rule));
        for (const entry of unknown) expect(dated.has(entry.rule)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("takes a page deadline shown under the current status as is (page first)", () => {
    fc.assert(
      fc.property(disputeArb, nowArb, (record, now) => {
        const page = record.pageDeadline;
        fc.pre(page !== null && page.status === record.status && !FINISHED_STATUSES.includes(record.status));
        const fromPage = computeDeadlines(record, now, DEFAULT_SETTINGS).filter((d) => d.source === "page");
        if (["platform-review", "awaiting-seller-receipt", "awaiting-buyer-return"].includes(record.status)) {
          expect(fromPage.map((d) => d.dueAt)).toEqual([page?.at]);
        }
        for (const deadline of fromPage) expect(deadline.dueAt).toBe(page?.at);
      }),
      { numRuns: 500 },
    );
  });

  it("does not move when only the display zone changes (platform zone setting or the machine's zone)", () => {
    fc.assert(
      fc.property(disputeArb, orderArb, nowArb, zoneArb, zoneArb, (record, order, now, zoneA, zoneB) => {
        process.env["TZ"] = zoneA;
        const disputeA = computeDeadlines(record, now, { ...DEFAULT_SETTINGS, platformZone: zoneA });
        const orderA = assessOrderDeadlines(order, now, { ...DEFAULT_SETTINGS, platformZone: zoneA });
        process.env["TZ"] = zoneB;
        expect(computeDeadlines(record, now, { ...DEFAULT_SETTINGS, platformZone: zoneB })).toEqual(disputeA);
        expect(assessOrderDeadlines(order, now, { ...DEFAULT_SETTINGS, platformZone: zoneB })).toEqual(orderA);
      }),
      { numRuns: 300 },
    );
  });

  it("really switches the machine's zone in the test above (so that property can fail)", () => {
    process.env["TZ"] = "Asia/Shanghai";
    const shanghai = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    process.env["TZ"] = "America/Los_Angeles";
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(shanghai);
  });

  it("order deadlines are never before their start and are alarmed as the seller's", () => {
    fc.assert(
      fc.property(orderArb, nowArb, (order, now) => {
        for (const deadline of computeOrderDeadlines(order, now, DEFAULT_SETTINGS)) {
          expectWellFormed(deadline);
          expectTemplatesFilled(deadline.explanation);
          expect(deadline.alarm).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
