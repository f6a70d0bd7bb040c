// The replies the extension suggests for a dispute, in the buyer's language (DESIGN.md `replies` contract).
import type { DisputeReason, DisputeStatus } from "../model";
import type { NotReceivedCase } from "../evidence/not-received-case";
import type { ReplyLanguage } from "./languages";
import { fillPlaceholders, type FillOptions, type ReplyValues } from "./placeholders";
import { ownTemplateFits, type CatalogOrigin, type SellerReplyTemplate } from "./seller-templates";
import { replyTemplatesFor } from "./situations";
import { REPLY_TEMPLATE_AUDIENCE, type ReplyTemplateId } from "./template-ids";
import { LANGUAGE_PACKS } from "./texts";

export interface ReplySuggestion {
  /** Stable kebab-case id, the same in every language ("own-…" for the seller's own templates). */
  id: string;
  title: string;
  /** Plain text, ready to paste; render with textContent or Preact, never as HTML. */
  text: string;
  /** Where the words come from; absent means built-in (the `replies` command prints built-ins only). */
  origin?: CatalogOrigin;
}

export interface SuggestedRepliesOptions extends FillOptions {
  /** Not received: the sub-case the reason text names (lib/evidence/not-received-case.ts), for its own replies. */
  notReceivedCase?: NotReceivedCase | null;
  /** The seller's own templates and changes to the built-in ones (options page). */
  sellerTemplates?: readonly SellerReplyTemplate[];
  /** The buyer asks for the whole order back: a partial offer of that amount would make no sense, so it stays a blank to fill. */
  refundIsFull?: boolean;
}

/** Offers of a part of the price: {refund} there is the seller's amount, not the buyer's full request. */
const PARTIAL_OFFERS: ReadonlySet<string> = new Set<ReplyTemplateId>(["offer-partial-refund", "delay-partial-refund", "return-inspection-issue"]);

/**
 * Pure: same arguments, same replies. Missing values show as the language's blanks, e.g. "[tracking number]".
 * The seller's own templates for the situation come first (they wrote them for it), then the built-in ones, each
 * in the seller's wording where they changed it, without those they deleted.
 */
export function suggestedReplies(
  reason: DisputeReason,
  status: DisputeStatus,
  language: ReplyLanguage,
  values: ReplyValues = {},
  options: SuggestedRepliesOptions = {},
): ReplySuggestion[] {
  const pack = LANGUAGE_PACKS[language];
  const mine = (options.sellerTemplates ?? []).filter((template) => template.language === language);
  const changes = new Map(mine.map((template) => [template.id, template]));
  const fill = (text: string) => fillPlaceholders(text, values, language, pack, options);
  const withoutRefund: ReplyValues = { ...values, refund: null };
  const fillOffer = (id: string, text: string) => (options.refundIsFull && PARTIAL_OFFERS.has(id) ? fillPlaceholders(text, withoutRefund, language, pack, options) : fill(text));

  const own = mine
    .filter((template) => ownTemplateFits(template, reason, status))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((template): ReplySuggestion => ({ id: template.id, title: template.title, text: fill(template.text), origin: "own" }));

  const builtIn = replyTemplatesFor(reason, status, options.notReceivedCase ?? null).flatMap((id): ReplySuggestion[] => {
    const change = changes.get(id);
    if (change?.hidden) return [];
    const { title, text } = change ?? pack.replies[id];
    const body = REPLY_TEMPLATE_AUDIENCE[id] === "buyer" ? `${pack.greeting}\n\n${text}` : text;
    const suggestion: ReplySuggestion = { id, title, text: fillOffer(id, body) };
    if (change) suggestion.origin = "edited";
    return [suggestion];
  });
  return [...own, ...builtIn];
}
