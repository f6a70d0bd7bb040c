// The reply templates and what each language must provide for them. Ids are stable: the UI and the
// `replies` command hand them out, so an id is never renamed or reused for a different message.
import type { PlaceholderName } from "./placeholders";

/** Who reads the text: buyer texts open with the language's greeting; platform statements do not. */
export type ReplyAudience = "buyer" | "platform";

export const REPLY_TEMPLATE_AUDIENCE = {
  // Not received
  "tracking-update": "buyer",
  "ask-to-wait": "buyer",
  "delivered-check": "buyer",
  "offer-reship-or-refund": "buyer",
  // Not received, by sub-case (lib/evidence/not-received-case.ts)
  "delay-partial-refund": "buyer",
  "delivered-proof": "buyer",
  "customs-help": "buyer",
  "returned-confirm-address": "buyer",
  // Item problems
  "ask-photos": "buyer",
  "offer-partial-refund": "buyer",
  "offer-return-refund": "buyer",
  "quality-troubleshooting": "buyer",
  "send-missing-parts": "buyer",
  "authenticity-explain": "buyer",
  "change-of-mind-return": "buyer",
  "ask-details": "buyer",
  // Waiting for the buyer to answer our proposal
  "proposal-follow-up": "buyer",
  "proposal-explain": "buyer",
  // Platform review
  "platform-statement-shipped": "platform",
  "platform-statement-delivered": "platform",
  "platform-statement-item": "platform",
  "platform-statement-general": "platform",
  "still-willing-to-resolve": "buyer",
  // Returns
  "return-instructions": "buyer",
  "return-ask-tracking": "buyer",
  "return-received-inspecting": "buyer",
  "return-not-arrived": "buyer",
  "return-inspection-issue": "buyer",
  // Refunding, closed
  "refund-processing": "buyer",
  "thank-you-closing": "buyer",
  "closed-follow-up": "buyer",
} as const satisfies Record<string, ReplyAudience>;

export type ReplyTemplateId = keyof typeof REPLY_TEMPLATE_AUDIENCE;
export const REPLY_TEMPLATE_IDS = Object.keys(REPLY_TEMPLATE_AUDIENCE) as ReplyTemplateId[];

export interface ReplyText {
  title: string;
  /** May hold {placeholders}; see placeholders.ts. */
  text: string;
}

/**
 * "# days" in each plural category the language has (Intl.PluralRules); `other` is the fallback.
 * A day count fills {daysLeft} as a whole phrase so that Russian and Polish get their case endings right.
 */
export type DayForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface LanguagePack {
  /** Opens every buyer text; may hold {buyer}. */
  greeting: string;
  /** What a missing value shows instead, in square brackets so that the seller sees what to fill in. */
  blanks: Record<PlaceholderName, string>;
  days: DayForms;
  replies: Record<ReplyTemplateId, ReplyText>;
}
