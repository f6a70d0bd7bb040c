// Message keys the rules hand to the UI: the UI says them in the seller's language
// (templates in explanation-messages.ts). Parameters are ISO-8601 UTC instants and numbers;
// the UI formats instants in the seller's zone (display-time.ts).
import type { Explanation } from "./types";

/** Why a deadline is what it is, or why it is unknown. */
export const EXPLANATION_KEYS = [
  // The page showed the deadline (DOMAIN §1: a page deadline always wins). {readAt, text?}
  "deadline.page.shown",
  // R-RESPOND estimated from a buyer change: history entry or a change seen between readings. {start, hours}
  "deadline.rule.afterBuyerChange",
  // R-RESPOND estimated from the page's "updated" time (a seller's own upload can move it too). {start, hours}
  "deadline.rule.afterLastUpdate",
  // R-RESPOND estimated from the opening time, only while it is less than 5 days old. {start, hours}
  "deadline.rule.afterOpening",
  // R-RETURN-SHIP from the moment the return was first seen agreed. {start, hours}
  "deadline.rule.afterReturnAgreed",
  // R-CANCEL from the moment the cancellation request was first seen. {start, hours}
  "deadline.rule.afterCancelRequest",
  // R-PLATFORM: information only. {start, hours}
  "deadline.info.platformMayStepIn",
  // R-RESPOND unknown: opened 5+ days ago, still awaiting the seller, no later buyer change seen. {openedAt, hours}
  "deadline.unknown.noBuyerChangeSeen",
  "deadline.unknown.updateTooOld",
  // No start time at all for a rule clock (no opening, change or status time known). {}
  "deadline.unknown.noStartSeen",
  // The rule has no published length: only the page's own countdown can tell. {}
  "deadline.unknown.pageOnly",
  // The status could not be recognised: no clock is assumed. {statusText?} (shown by the UI beside it)
  "deadline.unknown.statusNotRecognised",
] as const;
export type ExplanationKey = (typeof EXPLANATION_KEYS)[number];

/** What happens when a clock runs out (DOMAIN §1, column "when it runs out"). */
export const EXPIRY_KEYS = [
  "expiry.buyerProposalExecuted",
  "expiry.platformProposesSolution",
  "expiry.closedInSellerFavour",
  "expiry.buyerRefundedUnconfirmed",
  "expiry.decidedOnSubmittedEvidence",
  "expiry.orderCancelled",
  "expiry.orderCancelledBuyerRefunded",
  "expiry.buyerMustDisputeBefore",
  "expiry.none",
] as const;
export type ExpiryKey = (typeof EXPIRY_KEYS)[number];

/** The event that starts each rule's clock (DOMAIN §1, column "starts at"). */
export const START_KEYS = [
  "start.buyerOpensOrModifies",
  "start.disputeOpened",
  "start.returnAgreed",
  "start.returnTrackingSubmitted",
  "start.platformRequest",
  "start.cancellationRequested",
  "start.paymentCleared",
  "start.shipment",
  "start.shipmentOrCompletion",
] as const;
export type StartKey = (typeof START_KEYS)[number];

export type MessageKey = ExplanationKey | ExpiryKey | StartKey;

/** Parameters of an explanation; undefined values are dropped so the record stays plain data. */
export function explain(
  key: ExplanationKey,
  params: Record<string, string | number | null | undefined> = {},
): Explanation {
  const kept: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) kept[name] = value;
  }
  return { key, params: kept };
}

export function isExplanationKey(value: string): value is ExplanationKey {
  return (EXPLANATION_KEYS as readonly string[]).includes(value);
}
