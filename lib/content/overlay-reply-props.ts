// The overlay's part of issue 12 on the seller-center page: "Insert" puts a reply into the page's own reply box
// (lib/content/reply-box.ts), the reply language chosen for a dispute is remembered, and the checklist asks the
// background for the order's evidence. What needs the browser comes in as actions, as for the rest of the overlay.
import type { UiLanguage } from "../model";
import type { ResponseOf } from "../messages";
import type { ReplyLanguage } from "../replies/languages";
import type { OverlayBadgeProps } from "../../components/overlay-badge";
import { insertReplyOrCopy } from "./reply-box";

export interface ReplyOverlayActions {
  /** Puts a text on the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  /** Remembers the reply language the seller chose for a dispute. */
  setBuyerLanguage?(disputeId: string, language: ReplyLanguage): void;
  /** What the checklist can show filled, and the evidence summary (UI language); null when the dispute is not stored. */
  disputeEvidence?(disputeId: string, language: UiLanguage): Promise<ResponseOf<"dispute-evidence">>;
}

export function replyOverlayProps(
  doc: Document,
  disputeId: string,
  lang: UiLanguage,
  actions: ReplyOverlayActions,
): Pick<OverlayBadgeProps, "onInsertReply" | "onReplyLanguageChange" | "loadEvidence"> {
  const { setBuyerLanguage, disputeEvidence } = actions;
  return {
    onInsertReply: (text) => insertReplyOrCopy(doc, text, actions.copyText),
    onReplyLanguageChange: setBuyerLanguage ? (language) => setBuyerLanguage(disputeId, language) : undefined,
    loadEvidence: disputeEvidence ? () => disputeEvidence(disputeId, lang) : undefined,
  };
}
