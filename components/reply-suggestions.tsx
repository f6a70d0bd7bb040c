// Suggested replies for a dispute in the buyer's language (lib/replies): pick the language, copy a reply into the
// seller center's message box. Texts render as text (Preact), never as HTML.
import { useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { OverlayRecord } from "../lib/messages";
import type { ComputedDeadline } from "../lib/rules/types";
import { isReplyLanguage, REPLY_LANGUAGES, replyLanguageFor, type ReplyLanguage } from "../lib/replies/languages";
import { suggestedReplies } from "../lib/replies/suggested-replies";
import { t } from "../lib/i18n/translate";

const DAY_MS = 86_400_000;

/** Each language by its own name, as a buyer (and a seller who knows it) recognises it. */
const LANGUAGE_NAMES: Record<ReplyLanguage, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  pt: "Português",
  ru: "Русский",
  de: "Deutsch",
  pl: "Polski",
  ko: "한국어",
  zh: "中文",
};

export interface ReplySuggestionsProps {
  id: string;
  record: OverlayRecord;
  deadlines: readonly ComputedDeadline[];
  now: Date;
  lang: UiLanguage;
  /** Puts the text on the clipboard; false when the browser refused. */
  onCopy(text: string): Promise<boolean>;
}

export function ReplySuggestions({ id, record, deadlines, now, lang, onCopy }: ReplySuggestionsProps) {
  const [language, setLanguage] = useState<ReplyLanguage>(replyLanguageFor(record.buyerLanguage ?? record.buyerCountry));
  const [copy, setCopy] = useState<{ replyId: string; ok: boolean } | null>(null);
  // The return clock gives the buyer's days left to send the return ("You have 5 days left").
  const returnClock = deadlines.find((deadline) => deadline.rule === "R-RETURN-SHIP");
  const daysLeft = returnClock ? Math.max(0, Math.ceil((Date.parse(returnClock.dueAt) - now.getTime()) / DAY_MS)) : null;
  const replies = suggestedReplies(record.reason, record.status, language, {
    buyer: record.buyer,
    orderId: record.orderId,
    carrier: record.carrier,
    trackingNumber: record.trackingNumber,
    refund: record.refundRequested,
    daysLeft,
  });
  return (
    <div class="sentinel-replies" id={id}>
      <label class="sentinel-replies-language">
        {t(lang, "replies.language")}{" "}
        <select
          value={language}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            if (isReplyLanguage(chosen)) setLanguage(chosen);
          }}
        >
          {REPLY_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <ul>
        {replies.map((reply) => (
          <li key={reply.id} class="sentinel-reply">
            <div class="sentinel-reply-title">{reply.title}</div>
            <p class="sentinel-reply-text" lang={language}>
              {reply.text}
            </p>
            <button
              type="button"
              class="sentinel-reply-copy"
              onClick={() => void onCopy(reply.text).then((ok) => setCopy({ replyId: reply.id, ok }))}
            >
              {copy?.replyId !== reply.id ? t(lang, "replies.copy") : copy.ok ? t(lang, "replies.copied") : t(lang, "replies.copy-failed")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
