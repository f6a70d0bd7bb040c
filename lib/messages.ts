// The one typed message vocabulary between content script, popup, options and background (DESIGN.md principle 9).
// Payloads are plain serialisable data; nothing else in the code calls runtime.sendMessage.
import { browser } from "wxt/browser";
import type { DisputeEvent, DisputeReason, DisputeRecord, DisputeStatus, OrderRecord, PageReading, Settings, UiLanguage } from "./model";
import type { ReplyLanguage } from "./replies/languages";
import type { ReplyValues } from "./replies/placeholders";
import type { ReplySuggestion } from "./replies/suggested-replies";
import type { SellerReplyTemplate, SellerTemplateDraft, SellerTemplateProblem } from "./replies/seller-templates";
import type { KnownEvidence } from "./evidence/known-evidence";
import type { ComputedDeadline } from "./rules/types";
import type { UnknownDeadline } from "./rules/compute-deadlines";
import type { ListNotice } from "./reminders/list-notices";
import type { ImportResult } from "./backup/backup";
import type { StoredDataSummary } from "./db/clear-all";
import type { WatchView } from "./watch/watch-runner";

/** What an overlay shows of a record: status, checklist ticks, and the values its suggested replies fill in. */
export type OverlayRecord = Pick<
  DisputeRecord,
  | "disputeId" | "status" | "statusText" | "reason" | "reasonText" | "checklist"
  | "buyer" | "buyerCountry" | "buyerLanguage" | "orderId" | "carrier" | "trackingNumber" | "refundRequested"
>;

/** What the content script needs to draw one dispute's overlay. */
export interface OverlayState {
  disputeId: string;
  record: OverlayRecord;
  deadlines: ComputedDeadline[];
  /** Clocks that run but cannot be dated, each with why. */
  unknown: UnknownDeadline[];
  /** The clock the overlay shows first (its markers carry it), or null when unknown. */
  deadline: ComputedDeadline | null;
}

export interface PopupItem {
  record: DisputeRecord;
  deadlines: ComputedDeadline[];
  unknown: UnknownDeadline[];
}

export interface DisputeView {
  item: PopupItem;
  /** Oldest first. */
  timeline: DisputeEvent[];
  order: OrderRecord | null;
}

export interface PopupState {
  items: PopupItem[];
  notices: ListNotice[];
  settings: Settings;
  uiLanguage: UiLanguage;
  supportsNotificationButtons: boolean;
  /** The watch's state and each store's last check; null where the background runs no watch. */
  watch: WatchView | null;
}

/** What an import did, or why the file was refused (said in the UI language by lib/backup/backup-problem.ts). */
export type ImportOutcome = ImportResult;

export interface Protocol {
  /** A page was read; the answer is what to draw on it. */
  reading: {
    request: { reading: PageReading };
    /** ruleHours: the seller's rule lengths, so overlays drawn before the next answer use them too. */
    response: { overlays: OverlayState[]; uiLanguage: UiLanguage; platformZone: string; ruleHours?: Settings["ruleHours"] };
  };
  "toggle-checklist": { request: { disputeId: string; itemId: string }; response: { checklist: Record<string, boolean> } };
  "popup-state": { request: Record<string, never>; response: PopupState };
  snooze: { request: { disputeId: string; hours: number }; response: { snoozedUntil: string } };
  "toggle-handled": { request: { disputeId: string }; response: { handled: boolean } };
  "open-dispute": { request: { disputeId: string }; response: { opened: boolean } };
  /** knownStores: the channelIds of the stores whose pages were read, for naming them in the options. */
  "get-settings": { request: Record<string, never>; response: { settings: Settings; rulebookVersion: string; knownStores: string[] } };
  "save-settings": { request: { settings: Settings }; response: { settings: Settings } };
  "export-backup": { request: Record<string, never>; response: { json: string; fileName: string } };
  "import-backup": { request: { json: string }; response: ImportOutcome };
  /** The disputes as CSV text (byte-order mark included); the options page turns it into a download. */
  "export-spreadsheet": { request: Record<string, never>; response: { csv: string; fileName: string; rows: number } };
  /** What "clear all data" would delete, for its confirmation. */
  "data-summary": { request: Record<string, never>; response: StoredDataSummary };
  "clear-all-data": { request: Record<string, never>; response: StoredDataSummary };
  /** The popup's dispute view: the record with its clocks, its timeline and its order; null when not stored. */
  "dispute-view": { request: { disputeId: string }; response: DisputeView | null };
  /** The seller's private note on a dispute (kept through readings and imports). */
  "set-note": { request: { disputeId: string; note: string }; response: { note: string } };
  /** The popup's "Check now": every known store's dispute list opened in a background tab, one at a time. */
  "check-now": { request: Record<string, never>; response: { started: boolean; channelIds: string[] } };
  /** Answered by the background, so the reply texts of nine languages are not part of every page's script. */
  "suggested-replies": {
    /** disputeId: the stored dispute and its order fill what `values` leaves unknown, its reason text picks a not-received sub-case. */
    request: { reason: DisputeReason; status: DisputeStatus; language: ReplyLanguage; values: ReplyValues; disputeId?: string };
    response: { replies: ReplySuggestion[] };
  };
  /** The language a dispute's replies are written in, remembered (null: the buyer's country decides again). */
  "set-buyer-language": { request: { disputeId: string; language: ReplyLanguage | null }; response: { buyerLanguage: string | null } };
  /** For a dispute's checklist: what is already known, and the evidence summary to paste (UI language); null when not stored. */
  "dispute-evidence": { request: { disputeId: string; language: UiLanguage }; response: { known: KnownEvidence; summary: string } | null };
  /** The seller's own reply templates, rewordings and hidden built-ins (options page). */
  "reply-templates": { request: Record<string, never>; response: { templates: SellerReplyTemplate[] } };
  "save-reply-template": {
    request: { draft: SellerTemplateDraft };
    response: { ok: true; template: SellerReplyTemplate; templates: SellerReplyTemplate[] } | { ok: false; problem: SellerTemplateProblem };
  };
  /** "Delete" on a built-in template: hidden in that language. */
  "hide-reply-template": { request: { language: ReplyLanguage; id: string }; response: { templates: SellerReplyTemplate[] } };
  /** Deletes one of the seller's own templates, or restores a built-in they reworded or hid. */
  "delete-reply-template": { request: { language: ReplyLanguage; id: string }; response: { templates: SellerReplyTemplate[] } };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]["request"];
export type ResponseOf<K extends MessageType> = Protocol[K]["response"];

interface Envelope<K extends MessageType = MessageType> {
  sentinel: 1;
  type: K;
  data: RequestOf<K>;
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  "reading",
  "toggle-checklist",
  "popup-state",
  "snooze",
  "toggle-handled",
  "open-dispute",
  "get-settings",
  "save-settings",
  "export-backup",
  "import-backup",
  "export-spreadsheet",
  "data-summary",
  "clear-all-data",
  "suggested-replies",
  "check-now",
  "dispute-view",
  "set-note",
  "set-buyer-language",
  "dispute-evidence",
  "reply-templates",
  "save-reply-template",
  "hide-reply-template",
  "delete-reply-template",
]);

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { sentinel?: unknown; type?: unknown; data?: unknown };
  return v.sentinel === 1 && typeof v.type === "string" && MESSAGE_TYPES.has(v.type) && typeof v.data === "object" && v.data !== null;
}

export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { sentinel: 1, type, data };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, sender: { tabId: number | null; url: string | null }) => Promise<ResponseOf<K>>;
};

/** Registers one listener that dispatches envelopes to typed handlers; anything else is ignored. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as (data: unknown, s: { tabId: number | null; url: string | null }) => Promise<unknown>;
    return handler(message.data, { tabId: sender.tab?.id ?? null, url: sender.url ?? sender.tab?.url ?? null });
  });
}
