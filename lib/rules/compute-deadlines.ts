// Running clocks of a dispute or an order, from the page first and the rulebook second
// (DOMAIN.md §1 "What follows for the extension"). Pure: `now` is a parameter, every time
// is an elapsed-hours sum on epoch milliseconds, so no time zone or DST can move a deadline.
//
// Two views of the same assessment:
//   computeDeadlines / computeOrderDeadlines      → the clocks we can date (ComputedDeadline[])
//   explainUnknownDeadlines / explainUnknownOrderDeadlines → the clocks that run but cannot be
//   dated, each with the reason, so the UI can say "deadline unknown: …" instead of nothing.
import { FINISHED_STATUSES, type DisputeEventKind, type DisputeRecord, type OrderRecord, type Settings } from "../model";
import { explain, type ExplanationKey } from "./explanations";
import { orderClockOf } from "./order-clock";
import { RULEBOOK, ruleHours } from "./rulebook";
import type { Actor, ComputedDeadline, Explanation, RuleId } from "./types";

const HOUR_MS = 3_600_000;

/** A clock that runs for this status but whose due time cannot be known. */
export interface UnknownDeadline {
  rule: RuleId;
  actor: Actor;
  /** Whether reminders would fire for it if it were known. */
  alarm: boolean;
  explanation: Explanation;
}

export interface DeadlineAssessment {
  deadlines: ComputedDeadline[];
  unknown: UnknownDeadline[];
}

export function computeDeadlines(record: DisputeRecord, now: Date, settings: Settings): ComputedDeadline[] {
  return assessDisputeDeadlines(record, now, settings).deadlines;
}

export function explainUnknownDeadlines(record: DisputeRecord, now: Date, settings: Settings): UnknownDeadline[] {
  return assessDisputeDeadlines(record, now, settings).unknown;
}

export function computeOrderDeadlines(order: OrderRecord, now: Date, settings: Settings): ComputedDeadline[] {
  return assessOrderDeadlines(order, now, settings).deadlines;
}

export function explainUnknownOrderDeadlines(order: OrderRecord, now: Date, settings: Settings): UnknownDeadline[] {
  return assessOrderDeadlines(order, now, settings).unknown;
}

export function assessDisputeDeadlines(record: DisputeRecord, now: Date, settings: Settings): DeadlineAssessment {
  const assessment: DeadlineAssessment = { deadlines: [], unknown: [] };
  // Closed and refunding disputes have no running clock (DOMAIN §1).
  if (FINISHED_STATUSES.includes(record.status)) return assessment;
  switch (record.status) {
    case "awaiting-seller":
      addRespondClock(assessment, record, now, settings);
      addPlatformInformation(assessment, record, settings);
      break;
    case "awaiting-buyer":
    case "negotiating":
      // No clock of their own: information only.
      addPlatformInformation(assessment, record, settings);
      break;
    case "platform-review":
      addPageOnlyClock(assessment, record, "R-EVIDENCE", true);
      break;
    case "awaiting-buyer-return":
      addReturnShipClock(assessment, record, settings);
      break;
    case "awaiting-seller-receipt":
      addPageOnlyClock(assessment, record, "R-RECEIPT", true);
      break;
    case "unknown":
      assessment.unknown.push({
        rule: "R-RESPOND",
        actor: "seller",
        alarm: false,
        explanation: explain("deadline.unknown.statusNotRecognised", { statusText: record.statusText }),
      });
      break;
    default:
      break;
  }
  return assessment;
}

export function assessOrderDeadlines(order: OrderRecord, _now: Date, settings: Settings): DeadlineAssessment {
  const assessment: DeadlineAssessment = { deadlines: [], unknown: [] };
  const clock = orderClockOf(order.status);
  if (clock === "cancel-request") {
    const start = toEpochMs(order.cancelRequestedAt);
    const hours = ruleHours("R-CANCEL", settings);
    if (start === null || hours === null) {
      assessment.unknown.push(unknownOf("R-CANCEL", true, "deadline.unknown.noStartSeen"));
    } else {
      assessment.deadlines.push(
        ruleDeadline("R-CANCEL", start, hours, "status-change", true, "deadline.rule.afterCancelRequest"),
      );
    }
  } else if (clock === "awaiting-shipment") {
    // R-SHIP has no published length: the page's ship-by countdown or nothing.
    const due = toEpochMs(order.shipDeadline);
    if (due === null) {
      assessment.unknown.push(unknownOf("R-SHIP", true, "deadline.unknown.pageOnly"));
    } else {
      assessment.deadlines.push({
        rule: "R-SHIP",
        dueAt: toIso(due),
        source: "page",
        startEvent: "page",
        startAt: null,
        actor: RULEBOOK["R-SHIP"].actor,
        alarm: true,
        expiry: RULEBOOK["R-SHIP"].expiryKey,
        // The order record keeps no reading time of its own; lastSeenAt is when it was last read.
        explanation: explain("deadline.page.shown", { readAt: order.lastSeenAt }),
      });
    }
  }
  return assessment;
}

/** R-RESPOND: page deadline, else the latest buyer change any evidence shows (DOMAIN §1). */
function addRespondClock(assessment: DeadlineAssessment, record: DisputeRecord, now: Date, settings: Settings): void {
  const page = currentPageDeadline(record);
  if (page !== null && !isRestartedSince(page.readAt, record.buyerChangedAt)) {
    assessment.deadlines.push(pageDeadlineOf(record, "R-RESPOND", true));
    return;
  }
  const start = latestRespondStart(record);
  const hours = ruleHours("R-RESPOND", settings);
  if (start === null || hours === null) {
    assessment.unknown.push(unknownOf("R-RESPOND", true, "deadline.unknown.noStartSeen"));
    return;
  }
  if (start.event === "updated" && now.getTime() - start.at >= RESPOND_OPENING_LIMIT_HOURS * HOUR_MS) {
    // The same reasoning for an "updated" time: a dispute still awaiting the seller 5 days after it must have
    // changed since, unseen. Unknown, not an overdue guess.
    assessment.unknown.push({
      rule: "R-RESPOND",
      actor: "seller",
      alarm: true,
      explanation: explain("deadline.unknown.updateTooOld", { updatedAt: toIso(start.at), hours: RESPOND_OPENING_LIMIT_HOURS }),
    });
    return;
  }
  if (start.event === "opened" && now.getTime() - start.at >= RESPOND_OPENING_LIMIT_HOURS * HOUR_MS) {
    // Older than 5 days and still awaiting the seller: the buyer must have changed it since,
    // so its start, and the deadline, are unknown. Never estimate late.
    assessment.unknown.push({
      rule: "R-RESPOND",
      actor: "seller",
      alarm: true,
      explanation: explain("deadline.unknown.noBuyerChangeSeen", {
        openedAt: toIso(start.at),
        hours: RESPOND_OPENING_LIMIT_HOURS,
      }),
    });
    return;
  }
  assessment.deadlines.push(ruleDeadline("R-RESPOND", start.at, hours, start.event, true, start.explanationKey));
}

/**
 * A buyer change seen after the page's countdown was read restarted R-RESPOND, so that countdown
 * is stale. Only a buyer change counts: the "updated" time may be the seller's own upload, and
 * letting it replace a page countdown could make the deadline late.
 */
function isRestartedSince(pageReadAt: string, buyerChangedAt: string | null): boolean {
  const readAt = toEpochMs(pageReadAt);
  const changed = toEpochMs(buyerChangedAt);
  return readAt !== null && changed !== null && changed > readAt;
}

/** The published 5 days, not the seller's override: the age test is about what the platform does. */
const RESPOND_OPENING_LIMIT_HOURS = 120;

interface RespondStart {
  at: number;
  event: DisputeEventKind;
  explanationKey: ExplanationKey;
}

/**
 * The latest buyer change shown by any evidence. On equal times the opening wins (a change at the
 * opening instant is the opening), then a seen buyer change, then the page's "updated" time.
 */
function latestRespondStart(record: DisputeRecord): RespondStart | null {
  const candidates: RespondStart[] = [];
  const opened = toEpochMs(record.openedAt);
  if (opened !== null) candidates.push({ at: opened, event: "opened", explanationKey: "deadline.rule.afterOpening" });
  const changed = toEpochMs(record.buyerChangedAt);
  if (changed !== null) {
    candidates.push({ at: changed, event: "buyer-change", explanationKey: "deadline.rule.afterBuyerChange" });
  }
  const updated = toEpochMs(record.updatedAt);
  if (updated !== null) candidates.push({ at: updated, event: "updated", explanationKey: "deadline.rule.afterLastUpdate" });
  let latest: RespondStart | null = null;
  for (const candidate of candidates) {
    if (latest === null || candidate.at > latest.at) latest = candidate;
  }
  return latest;
}

/** R-PLATFORM: "the platform may step in from …", information only, never alarmed. */
function addPlatformInformation(assessment: DeadlineAssessment, record: DisputeRecord, settings: Settings): void {
  const opened = toEpochMs(record.openedAt);
  const hours = ruleHours("R-PLATFORM", settings);
  if (opened === null || hours === null) return;
  const deadline = ruleDeadline("R-PLATFORM", opened, hours, "opened", false, "deadline.info.platformMayStepIn");
  assessment.deadlines.push({ ...deadline, informational: true });
}

/** R-RETURN-SHIP: the buyer's clock, shown and never alarmed; page first, else from statusSince. */
function addReturnShipClock(assessment: DeadlineAssessment, record: DisputeRecord, settings: Settings): void {
  if (currentPageDeadline(record) !== null) {
    assessment.deadlines.push(pageDeadlineOf(record, "R-RETURN-SHIP", false));
    return;
  }
  const since = toEpochMs(record.statusSince);
  const hours = ruleHours("R-RETURN-SHIP", settings);
  if (since === null || hours === null) {
    assessment.unknown.push(unknownOf("R-RETURN-SHIP", false, "deadline.unknown.noStartSeen"));
    return;
  }
  assessment.deadlines.push(
    ruleDeadline("R-RETURN-SHIP", since, hours, "return-agreed", false, "deadline.rule.afterReturnAgreed"),
  );
}

/** R-EVIDENCE and R-RECEIPT have no published length: the page's countdown or unknown. */
function addPageOnlyClock(assessment: DeadlineAssessment, record: DisputeRecord, rule: RuleId, alarm: boolean): void {
  if (currentPageDeadline(record) !== null) {
    assessment.deadlines.push(pageDeadlineOf(record, rule, alarm));
  } else {
    assessment.unknown.push(unknownOf(rule, alarm, "deadline.unknown.pageOnly"));
  }
}

/** A page deadline belongs to the status it was shown under; after a status change it no longer applies. */
function currentPageDeadline(record: DisputeRecord): DisputeRecord["pageDeadline"] {
  const page = record.pageDeadline;
  if (page === null || page.status !== record.status || toEpochMs(page.at) === null) return null;
  return page;
}

function pageDeadlineOf(record: DisputeRecord, rule: RuleId, alarm: boolean): ComputedDeadline {
  const page = record.pageDeadline;
  const due = page === null ? null : toEpochMs(page.at);
  if (page === null || due === null) throw new Error("pageDeadlineOf needs a current page deadline");
  const deadline: ComputedDeadline = {
    rule,
    dueAt: toIso(due),
    source: "page",
    startEvent: "page",
    startAt: null,
    actor: RULEBOOK[rule].actor,
    alarm,
    expiry: RULEBOOK[rule].expiryKey,
    explanation: explain("deadline.page.shown", { readAt: page.readAt, text: page.text }),
  };
  if (page.imprecise === true) deadline.imprecise = true;
  return deadline;
}

function ruleDeadline(
  rule: RuleId,
  startMs: number,
  hours: number,
  startEvent: DisputeEventKind,
  alarm: boolean,
  explanationKey: ExplanationKey,
): ComputedDeadline {
  // Elapsed hours, not calendar days: DOMAIN §1 "5 days = 120 hours, whatever the calendar or DST does".
  return {
    rule,
    dueAt: toIso(startMs + hours * HOUR_MS),
    source: "rule",
    startEvent,
    startAt: toIso(startMs),
    actor: RULEBOOK[rule].actor,
    alarm,
    expiry: RULEBOOK[rule].expiryKey,
    explanation: explain(explanationKey, { start: toIso(startMs), hours }),
  };
}

function unknownOf(rule: RuleId, alarm: boolean, key: ExplanationKey): UnknownDeadline {
  return { rule, actor: RULEBOOK[rule].actor, alarm, explanation: explain(key) };
}

/** Epoch ms of an ISO instant; null when absent or unreadable (unknown beats wrong). */
function toEpochMs(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined || iso === "") return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
