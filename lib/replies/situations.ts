// Which replies fit a dispute's reason and status (DOMAIN.md §4 statuses and reasons). Data only: templates are
// shared across reasons and statuses wherever the same message fits, and listed most useful first.
import type { DisputeReason, DisputeStatus } from "../model";
import type { NotReceivedCase } from "../evidence/not-received-case";
import type { ReplyTemplateId } from "./template-ids";

type Ids = readonly ReplyTemplateId[];

const ITEM_PROBLEM: Ids = ["ask-photos", "offer-partial-refund", "offer-return-refund"];

/** While the seller must answer or is negotiating: what to say about this reason. */
const OPEN_BY_REASON: Readonly<Record<DisputeReason, Ids>> = {
  "not-received": ["tracking-update", "ask-to-wait", "delivered-check", "offer-reship-or-refund"],
  "not-as-described": ITEM_PROBLEM,
  "wrong-item": ITEM_PROBLEM,
  damaged: ITEM_PROBLEM,
  quality: ["quality-troubleshooting", "offer-partial-refund", "offer-return-refund"],
  "missing-parts": ["send-missing-parts", "offer-partial-refund", "offer-return-refund"],
  // No partial-refund offer: it would read as admitting the item is fake.
  counterfeit: ["authenticity-explain", "offer-return-refund"],
  "change-of-mind": ["change-of-mind-return", "offer-partial-refund"],
  other: ["ask-details", "offer-partial-refund", "offer-return-refund"],
  unknown: ["ask-details", "offer-partial-refund", "offer-return-refund"],
};

/**
 * Not received, when the reason text says how (DOMAIN.md §4): in transit → patience, a partial refund for the delay,
 * or a new parcel; shown delivered → where to look, the carrier's proof; customs → what the buyer can do there;
 * returned or wrong address → the full address for a new parcel. Without a sub-case, OPEN_BY_REASON's list.
 */
const OPEN_NOT_RECEIVED_BY_CASE: Readonly<Record<NotReceivedCase, Ids>> = {
  "in-transit": ["tracking-update", "ask-to-wait", "delay-partial-refund", "offer-reship-or-refund"],
  delivered: ["delivered-check", "delivered-proof", "offer-reship-or-refund"],
  customs: ["customs-help", "ask-to-wait", "offer-reship-or-refund"],
  returned: ["returned-confirm-address", "offer-reship-or-refund", "tracking-update"],
};

/** What the platform weighs (DOMAIN.md §5): shipping proof for not-received, item proof otherwise. */
const PLATFORM_STATEMENT_BY_REASON: Readonly<Record<DisputeReason, ReplyTemplateId>> = {
  "not-received": "platform-statement-shipped",
  "not-as-described": "platform-statement-item",
  "wrong-item": "platform-statement-item",
  damaged: "platform-statement-item",
  quality: "platform-statement-item",
  "missing-parts": "platform-statement-item",
  counterfeit: "platform-statement-item",
  "change-of-mind": "platform-statement-item",
  other: "platform-statement-general",
  unknown: "platform-statement-general",
};

/** The templates for one situation, in the order the UI offers them; never empty. */
export function replyTemplatesFor(reason: DisputeReason, status: DisputeStatus, subCase: NotReceivedCase | null = null): ReplyTemplateId[] {
  const notReceivedCase = reason === "not-received" ? subCase : null;
  const open = notReceivedCase ? OPEN_NOT_RECEIVED_BY_CASE[notReceivedCase] : OPEN_BY_REASON[reason];
  switch (status) {
    case "awaiting-seller":
    case "negotiating":
    // An unread status is most often an open dispute: the reason's own replies are the useful guess.
    case "unknown":
      return [...open];
    case "awaiting-buyer":
      // We have proposed a solution: remind the buyer, say plainly what it gives, and keep the reason's first message to hand.
      return ["proposal-follow-up", "proposal-explain", ...open.slice(0, 1)];
    case "platform-review":
      // A parcel shown delivered is argued with the carrier's proof of delivery (DOMAIN.md §5).
      return [notReceivedCase === "delivered" ? "platform-statement-delivered" : PLATFORM_STATEMENT_BY_REASON[reason], "still-willing-to-resolve"];
    case "awaiting-buyer-return":
      return ["return-instructions", "return-ask-tracking"];
    case "awaiting-seller-receipt":
      // The return is on its way or here: confirm, wait for it, or say it did not come back as it was sent.
      return ["return-received-inspecting", "return-not-arrived", "return-inspection-issue"];
    case "refunding":
      return ["refund-processing", "thank-you-closing"];
    case "closed":
      return ["thank-you-closing", "closed-follow-up"];
  }
}
