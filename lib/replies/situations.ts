// Which replies fit a dispute's reason and status (DOMAIN.md §4 statuses and reasons). Data only: templates are
// shared across reasons and statuses wherever the same message fits, and listed most useful first.
import type { DisputeReason, DisputeStatus } from "../model";
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
export function replyTemplatesFor(reason: DisputeReason, status: DisputeStatus): ReplyTemplateId[] {
  const open = OPEN_BY_REASON[reason];
  switch (status) {
    case "awaiting-seller":
    case "negotiating":
    // An unread status is most often an open dispute: the reason's own replies are the useful guess.
    case "unknown":
      return [...open];
    case "awaiting-buyer":
      // We have proposed a solution; remind the buyer, with the reason's first message to hand.
      return ["proposal-follow-up", ...open.slice(0, 1)];
    case "platform-review":
      return [PLATFORM_STATEMENT_BY_REASON[reason], "still-willing-to-resolve"];
    case "awaiting-buyer-return":
      return ["return-instructions", "return-ask-tracking"];
    case "awaiting-seller-receipt":
      return ["return-received-inspecting", "return-not-arrived"];
    case "refunding":
      return ["refund-processing", "thank-you-closing"];
    case "closed":
      return ["thank-you-closing", "closed-follow-up"];
  }
}
