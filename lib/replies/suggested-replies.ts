// The replies the extension suggests for a dispute, in the buyer's language (DESIGN.md `replies` contract).
import type { DisputeReason, DisputeStatus } from "../model";
import type { ReplyLanguage } from "./languages";
import { fillPlaceholders, type ReplyValues } from "./placeholders";
import { replyTemplatesFor } from "./situations";
import { REPLY_TEMPLATE_AUDIENCE } from "./template-ids";
import { LANGUAGE_PACKS } from "./texts";

export interface ReplySuggestion {
  /** Stable kebab-case id, the same in every language. */
  id: string;
  title: string;
  /** Plain text, ready to paste; render with textContent or Preact, never as HTML. */
  text: string;
}

/** Pure: same arguments, same replies. Missing values show as the language's blanks, e.g. "[tracking number]". */
export function suggestedReplies(
  reason: DisputeReason,
  status: DisputeStatus,
  language: ReplyLanguage,
  values: ReplyValues = {},
): ReplySuggestion[] {
  const pack = LANGUAGE_PACKS[language];
  return replyTemplatesFor(reason, status).map((id) => {
    const { title, text } = pack.replies[id];
    const body = REPLY_TEMPLATE_AUDIENCE[id] === "buyer" ? `${pack.greeting}\n\n${text}` : text;
    return { id, title, text: fillPlaceholders(body, values, language, pack) };
  });
}
