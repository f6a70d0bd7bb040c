// Suggested replies for a dispute in the buyer's language (lib/replies): pick the language (remembered per dispute
// when the caller stores it), copy a reply, or insert it into the reply box the dispute page has open. Texts render
// as text (Preact), never as HTML. Props in, callbacks out: the overlay and the popup's dispute view both use it.
import { useEffect, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { OverlayRecord } from "../lib/messages";
import type { ComputedDeadline } from "../lib/rules/types";
import { isReplyLanguage, REPLY_LANGUAGES, replyLanguageOfDispute, type ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";
import { t } from "../lib/i18n/translate";

const DAY_MS = 86_400_000;

/** Each language by its own name, as a buyer (and a seller who knows it) recognises it. */
export const REPLY_LANGUAGE_NAMES: Record<ReplyLanguage, string> = {
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

/** What became of an "Insert": put into the page's reply box, copied because there was none, or neither. */
export type ReplyInsertOutcome = "inserted" | "copied" | "failed";

export interface ReplySuggestionsProps {
  id: string;
  /** The dispute; a full DisputeRecord (popup) also gives its product title to the texts. */
  record: OverlayRecord & { productTitle?: string | null };
  deadlines: readonly ComputedDeadline[];
  now: Date;
  lang: UiLanguage;
  /** Puts the text on the clipboard; false when the browser refused. */
  onCopy(text: string): Promise<boolean>;
  /** The replies for this situation in a language (the background writes them: lib/replies). */
  loadReplies(language: ReplyLanguage, values: ReplyValues): Promise<ReplySuggestion[]>;
  /** Where a page is open (the overlay): puts a reply into its reply box, or copies it when there is none. */
  onInsert?(text: string): Promise<ReplyInsertOutcome>;
  /** The seller chose another language for this dispute: remember it. */
  onLanguageChange?(language: ReplyLanguage): void;
}

/** What the last click said, beside the reply it was for. */
type Feedback = { replyId: string; action: "copy"; copied: boolean } | { replyId: string; action: "insert"; outcome: ReplyInsertOutcome };

const INSERT_FEEDBACK = { inserted: "replies_inserted", copied: "replies_no_box_copied", failed: "replies_no_box_failed" } as const;

/** The values a dispute gives its replies; what is not known stays a visible blank. */
export function replyValuesOf(record: ReplySuggestionsProps["record"], deadlines: readonly ComputedDeadline[], now: Date): ReplyValues {
  // The return clock gives the buyer's days left to send the return ("You have 5 days left").
  const returnClock = deadlines.find((deadline) => deadline.rule === "R-RETURN-SHIP");
  const daysLeft = returnClock ? Math.max(0, Math.ceil((Date.parse(returnClock.dueAt) - now.getTime()) / DAY_MS)) : null;
  return {
    buyer: record.buyer,
    orderId: record.orderId,
    product: record.productTitle ?? null,
    carrier: record.carrier,
    trackingNumber: record.trackingNumber,
    refund: record.refundRequested,
    daysLeft,
  };
}

export function ReplySuggestions({ id, record, deadlines, now, lang, onCopy, loadReplies, onInsert, onLanguageChange }: ReplySuggestionsProps) {
  const [language, setLanguage] = useState<ReplyLanguage>(() => replyLanguageOfDispute(record));
  // Drawn open before the background's answer (a remembered panel), the record may learn its language later.
  const disputeLanguage = replyLanguageOfDispute(record);
  useEffect(() => setLanguage(disputeLanguage), [disputeLanguage]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [replies, setReplies] = useState<ReplySuggestion[] | null>(null);
  const values = replyValuesOf(record, deadlines, now);
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

  const copyLabel = (replyId: string): string => {
    if (feedback?.replyId !== replyId || feedback.action !== "copy") return t(lang, "replies_copy");
    return t(lang, feedback.copied ? "replies_copied" : "replies_copy_failed");
  };
  const insertFeedback = (replyId: string): { outcome: ReplyInsertOutcome; text: string } | null =>
    feedback?.replyId === replyId && feedback.action === "insert" ? { outcome: feedback.outcome, text: t(lang, INSERT_FEEDBACK[feedback.outcome]) } : null;

  return (
    <div class="sentinel-replies" id={id}>
      <label class="sentinel-replies-language">
        {t(lang, "replies_language")}{" "}
        <select
          value={language}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            if (!isReplyLanguage(chosen)) return;
            setLanguage(chosen);
            setFeedback(null);
            onLanguageChange?.(chosen);
          }}
        >
          <ReplyLanguageOptions />
        </select>
      </label>
      {replies === null ? null : replies.length === 0 ? <p class="sentinel-replies-none">{t(lang, "replies_none")}</p> : null}
      <ul>
        {(replies ?? []).map((reply) => {
          const inserted = insertFeedback(reply.id);
          return (
            <li key={reply.id} class="sentinel-reply" data-reply-id={reply.id}>
              <div class="sentinel-reply-title">
                {reply.title}
                {reply.origin === "own" || reply.origin === "edited" ? (
                  <span class="sentinel-reply-origin"> · {t(lang, reply.origin === "own" ? "replies_origin_own" : "replies_origin_edited")}</span>
                ) : null}
              </div>
              <p class="sentinel-reply-text" lang={language}>
                {reply.text}
              </p>
              <div class="sentinel-reply-actions">
                {onInsert ? (
                  <button
                    type="button"
                    class="sentinel-reply-insert"
                    title={t(lang, "replies_insert_title")}
                    onClick={() => void onInsert(reply.text).then((outcome) => setFeedback({ replyId: reply.id, action: "insert", outcome }))}
                  >
                    {t(lang, "replies_insert")}
                  </button>
                ) : null}
                <button
                  type="button"
                  class="sentinel-reply-copy"
                  onClick={() => void onCopy(reply.text).then((copied) => setFeedback({ replyId: reply.id, action: "copy", copied }))}
                >
                  {copyLabel(reply.id)}
                </button>
                {inserted !== null ? (
                  <span class={`sentinel-reply-feedback feedback-${inserted.outcome}`} role="status">
                    {inserted.text}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The nine reply languages as a select's options, each by its own name. */
export function ReplyLanguageOptions() {
  return (
    <>
      {REPLY_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {REPLY_LANGUAGE_NAMES[code]}
        </option>
      ))}
    </>
  );
}
