// The rulebook of DOMAIN.md §1 as data: each clock with its start, length, owner, outcome,
// source and confidence. Bump RULEBOOK_VERSION whenever a rule changes; the UI shows it.
import type { Settings } from "../model";
import type { ExpiryKey, StartKey } from "./explanations";
import type { Actor, RuleId } from "./types";

export const RULEBOOK_VERSION = "2026.11-1";

/** DOMAIN.md: H official/API-backed, M several secondary or old official, L one secondary source. */
export type Confidence = "H" | "M" | "L" | "L/M" | "M/H";

export interface Rule {
  id: RuleId;
  /** The event that starts the clock. */
  startsAt: StartKey;
  /** Elapsed hours from the start instant; null = not published, only the page's own countdown counts. */
  hours: number | null;
  /** Whose move it is while the clock runs. */
  actor: Actor;
  expiryKey: ExpiryKey;
  source: string;
  confidence: Confidence;
  note: string;
}

export const RULEBOOK: Readonly<Record<RuleId, Rule>> = {
  "R-RESPOND": {
    id: "R-RESPOND",
    startsAt: "start.buyerOpensOrModifies",
    hours: 120,
    actor: "seller",
    expiryKey: "expiry.buyerProposalExecuted",
    source: "Seller dispute rules (2021 translations); AliExpress help text; Open Platform enums seller_reponse_timeout / SELLER_RESPONSE_ISSUE_TIMEOUT",
    confidence: "H",
    note: "5 days; any change of reason, solution, amount or evidence by the buyer restarts it.",
  },
  "R-PLATFORM": {
    id: "R-PLATFORM",
    startsAt: "start.disputeOpened",
    hours: 168,
    actor: "platform",
    expiryKey: "expiry.platformProposesSolution",
    source: "2021 seller rules; 2017+ buyer guides",
    confidence: "M",
    note: "7 days including the 7th; information only. Older rules: buyer escalates on days 4-15, automatic on day 16.",
  },
  "R-RETURN-SHIP": {
    id: "R-RETURN-SHIP",
    startsAt: "start.returnAgreed",
    hours: 240,
    actor: "buyer",
    expiryKey: "expiry.closedInSellerFavour",
    source: "Seller rules summaries; buyer FAQ",
    confidence: "M",
    note: "10 days; the buyer's clock: shown, never alarmed.",
  },
  "R-RECEIPT": {
    id: "R-RECEIPT",
    startsAt: "start.returnTrackingSubmitted",
    hours: null,
    actor: "seller",
    expiryKey: "expiry.buyerRefundedUnconfirmed",
    source: "API verbs sellerConrimReceiveGoods / sellerAbandonReceiveGoods",
    confidence: "L",
    note: "30 days is often quoted but unverified: read it from the page, never invent it.",
  },
  "R-EVIDENCE": {
    id: "R-EVIDENCE",
    startsAt: "start.platformRequest",
    hours: null,
    actor: "seller",
    expiryKey: "expiry.decidedOnSubmittedEvidence",
    source: "Read the page's countdown",
    confidence: "L",
    note: "Not published; old help text said 3 days (72 h): kept here as a note, never used.",
  },
  "R-CANCEL": {
    id: "R-CANCEL",
    startsAt: "start.cancellationRequested",
    hours: 48,
    actor: "seller",
    expiryKey: "expiry.orderCancelled",
    source: "Buyer guides (since March 2020); order status 买家申请取消 / IN_CANCEL",
    confidence: "L/M",
    note: "48 hours to answer a buyer's cancellation request.",
  },
  "R-SHIP": {
    id: "R-SHIP",
    startsAt: "start.paymentCleared",
    hours: null,
    actor: "seller",
    expiryKey: "expiry.orderCancelledBuyerRefunded",
    source: "Seller guides; RISK_CONTROL order status",
    confidence: "M",
    note: "Handling time is set per product (typically 3-7 days after a 24 h risk check): page countdown only.",
  },
  "R-PROTECTION": {
    id: "R-PROTECTION",
    startsAt: "start.shipment",
    hours: null,
    actor: "buyer",
    expiryKey: "expiry.buyerMustDisputeBefore",
    source: "Read from the order (freightCommitDay)",
    confidence: "M",
    note: "The seller's promised delivery time (historically max 60 days, Russia 90, Brazil 120); the seller may extend it.",
  },
  "R-DISPUTE-OPEN": {
    id: "R-DISPUTE-OPEN",
    startsAt: "start.shipmentOrCompletion",
    hours: null,
    actor: "buyer",
    expiryKey: "expiry.none",
    source: "Help text; seller rules",
    confidence: "M/H",
    note: "Information: disputes open from about day 10-11 after shipment until 15 days after completion.",
  },
};

/**
 * The length of a rule in hours, with the seller's override from settings.
 * An override counts only when it is a positive finite number, and only for rules
 * with a published length: a page-only rule never gets an invented length.
 */
export function ruleHours(ruleId: RuleId, settings: Pick<Settings, "ruleHours">): number | null {
  const published = RULEBOOK[ruleId].hours;
  if (published === null) return null;
  const override = Object.hasOwn(settings.ruleHours, ruleId) ? settings.ruleHours[ruleId] : undefined;
  if (typeof override === "number" && Number.isFinite(override) && override > 0) return override;
  return published;
}
