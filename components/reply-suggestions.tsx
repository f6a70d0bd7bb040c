// Suggested replies for a dispute in the buyer's language (lib/replies): pick the language, copy a reply into the
// seller center's message box. Texts render as text (Preact), never as HTML.
import { useEffect, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { OverlayRecord } from "../lib/messages";
import type { ComputedDeadline } from "../lib/rules/types";
import { isReplyLanguage, REPLY_LANGUAGES, replyLanguageFor, type ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";
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
  /** The replies for this situation in a language (the background writes them: lib/replies). */
  loadReplies(language: ReplyLanguage, values: ReplyValues): Promise<ReplySuggestion[]>;
}

export function ReplySuggestions({ id, record, deadlines, now, lang, onCopy, loadReplies }: ReplySuggestionsProps) {
  const [language, setLanguage] = useState<ReplyLanguage>(replyLanguageFor(record.buyerLanguage ?? record.buyerCountry));
  const [copy, setCopy] = useState<{ replyId: string; ok: boolean } | null>(null);
  // The return clock gives the buyer's days left to send the return ("You have 5 days left").
  const returnClock = deadlines.find((deadline) => deadline.rule === "R-RETURN-SHIP");
  const daysLeft = returnClock ? Math.max(0, Math.ceil((Date.parse(returnClock.dueAt) - now.getTime()) / DAY_MS)) : null;
  const [replies, setReplies] = useState<ReplySuggestion[] | null>(null);
  const values: ReplyValues = {
    buyer: record.buyer,
    orderId: record.orderId,
    carrier: record.carrier,
    trackingNumber: record.trackingNumber,
    refund: record.refundRequested,
    daysLeft,
  };
  // Asked again when the language or anything the texts say changes; a late answer for an old question is dropped.
  const question = JSON.stringify([language, record.reason, record.status, values]);
  useEffect(() => {
    let current = true;
    setReplies(null);
    loadReplies(language, values).then(
      (loaded) => current && setReplies(loaded),
      () => current && setReplies([]),
    );
    return () => {
      current = false;
    };
  }, [question]);
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
      {replies === null ? null : replies.length === 0 ? <p class="sentinel-replies-none">{t(lang, "replies.none")}</p> : null}
      <ul>
        {(replies ?? []).map((reply) => (
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
