// The vocabulary shared by parsers, rules, tracker, reminders and UI (DESIGN.md "Contracts", DOMAIN.md §4).

export const DISPUTE_STATUSES = [
  "awaiting-seller",
  "awaiting-buyer",
  "negotiating",
  "platform-review",
  "awaiting-buyer-return",
  "awaiting-seller-receipt",
  "refunding",
  "closed",
  "unknown",
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const DISPUTE_REASONS = [
  "not-received",
  "not-as-described",
  "wrong-item",
  "quality",
  "damaged",
  "missing-parts",
  "counterfeit",
  "change-of-mind",
  "other",
  "unknown",
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

/** Statuses with no running clock (DOMAIN.md §1: a change to one ends the dispute's clocks). */
export const FINISHED_STATUSES: readonly DisputeStatus[] = ["closed", "refunding"];

export function isDisputeStatus(value: unknown): value is DisputeStatus {
  return typeof value === "string" && (DISPUTE_STATUSES as readonly string[]).includes(value);
}
export function isDisputeReason(value: unknown): value is DisputeReason {
  return typeof value === "string" && (DISPUTE_REASONS as readonly string[]).includes(value);
}

/** ISO 4217 code and amount: "US $12.50" → { amount: 12.5, currency: "USD" }. */
export interface Money {
  amount: number;
  currency: string;
}

export type PageKind = "dispute-list" | "dispute-detail" | "order-list" | "order-detail" | "unknown";
export type PageState = "ok" | "loading" | "login-expired" | "empty";

/** The `npm run parse` contract (DESIGN.md). Extra fields are allowed; these stay. */
export interface PageReading {
  kind: PageKind;
  pageState: PageState;
  url: string;
  readAt: string;
  disputes: DisputeReading[];
  orders: OrderReading[];
  warnings: string[];
  /** The seller's store, from `channelId` in the URL, when the URL carries it. */
  channelId?: string | null;
  /** True when a list reading shows every dispute of the store (no filter, one page, all rows). */
  complete?: boolean;
}

/** One buyer action seen in a dispute's history (page or JSON): restarts R-RESPOND when it is a buyer change. */
export interface HistoryEntry {
  at: string; // ISO-8601 UTC
  actor: "buyer" | "seller" | "platform" | "unknown";
  text: string;
}

export interface DisputeReading {
  disputeId: string | null;
  shownDisputeId?: string | null;
  orderId: string | null;
  status: DisputeStatus;
  statusText: string | null;
  reason: DisputeReason;
  reasonText: string | null;
  buyer: string | null;
  productTitle: string | null;
  refundRequested: Money | null;
  orderAmount: Money | null;
  openedAt: string | null;
  updatedAt: string | null;
  deadline: string | null;
  deadlineText: string | null;
  trackingNumber: string | null;
  carrier: string | null;
  /** The countdown was "less than 1 hour"-style: the deadline is an upper bound. */
  deadlineImprecise?: boolean;
  /** The buyer's country as the page or its JSON gives it (a code such as "BR", or a name). */
  buyerCountry?: string | null;
  history?: HistoryEntry[];
}

export interface OrderReading {
  orderId: string | null;
  status: string | null;
  buyer: string | null;
  buyerCountry: string | null;
  amount: Money | null;
  paidAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  trackingNumber: string | null;
  carrier: string | null;
  shipDeadline: string | null;
}

/** What the tracker learnt that starts or ends a clock (DOMAIN.md §1 evidence kinds). */
export type DisputeEventKind =
  | "opened" // the dispute's opening time, from the page
  | "buyer-change" // a buyer action in the history, or a change seen between two readings
  | "updated" // the page's "updated / last modified" time (may be a seller's own upload)
  | "status-change"
  | "deadline-change"
  | "return-agreed"
  | "return-shipped"
  | "closed"
  | "not-seen";

export interface DisputeEvent {
  id?: number; // auto-increment key in the timeline store
  disputeId: string;
  kind: DisputeEventKind;
  at: string; // when it happened (ISO UTC)
  seenAt: string; // when the extension learnt it
  detail?: string;
  from?: string | null;
  to?: string | null;
}

/** A deadline the page itself showed, kept with the moment it was read. */
export interface PageDeadline {
  at: string; // ISO UTC
  text: string | null;
  readAt: string;
  status: DisputeStatus; // the status it was shown under: it belongs to that step only
  imprecise?: boolean;
}

export interface DisputeRecord {
  disputeId: string;
  channelId: string | null;
  shownDisputeId: string | null;
  orderId: string | null;
  status: DisputeStatus;
  statusText: string | null;
  reason: DisputeReason;
  reasonText: string | null;
  buyer: string | null;
  buyerCountry: string | null;
  productTitle: string | null;
  refundRequested: Money | null;
  orderAmount: Money | null;
  openedAt: string | null;
  updatedAt: string | null;
  /** Latest buyer change known (history, or a change seen between readings); starts R-RESPOND. */
  buyerChangedAt: string | null;
  /** When the current status was first seen (starts clocks such as R-RETURN-SHIP). */
  statusSince: string | null;
  pageDeadline: PageDeadline | null;
  trackingNumber: string | null;
  carrier: string | null;
  url: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Set when a complete list reading no longer showed it; cleared when seen again. */
  notSeenSince: string | null;
  /** Seller's own marks, kept through merges and imports. */
  checklist: Record<string, boolean>;
  handled: boolean;
  note: string;
  buyerLanguage: string | null;
  snoozedUntil: string | null;
}

/** A dispute known by its id only: every read field unknown, the seller's marks at their defaults. */
export function emptyDisputeRecord(disputeId: string, seenAt: string): DisputeRecord {
  return {
    disputeId, channelId: null, shownDisputeId: null, orderId: null, status: "unknown", statusText: null, reason: "unknown",
    reasonText: null, buyer: null, buyerCountry: null, productTitle: null, refundRequested: null, orderAmount: null,
    openedAt: null, updatedAt: null, buyerChangedAt: null, statusSince: null, pageDeadline: null, trackingNumber: null,
    carrier: null, url: null, firstSeenAt: seenAt, lastSeenAt: seenAt, notSeenSince: null,
    checklist: {}, handled: false, note: "", buyerLanguage: null, snoozedUntil: null,
  };
}

export interface OrderRecord {
  orderId: string;
  channelId: string | null;
  status: string | null;
  buyer: string | null;
  buyerCountry: string | null;
  amount: Money | null;
  paidAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  trackingNumber: string | null;
  carrier: string | null;
  shipDeadline: string | null;
  /** When a cancellation request was first seen on the order (starts R-CANCEL). */
  cancelRequestedAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** An order known by its id only: every read field unknown. */
export function emptyOrderRecord(orderId: string, seenAt: string): OrderRecord {
  return {
    orderId, channelId: null, status: null, buyer: null, buyerCountry: null, amount: null, paidAt: null, shippedAt: null,
    deliveredAt: null, trackingNumber: null, carrier: null, shipDeadline: null, cancelRequestedAt: null,
    firstSeenAt: seenAt, lastSeenAt: seenAt,
  };
}

export type UiLanguage = "en" | "zh";

export interface Settings {
  uiLanguage: UiLanguage | "auto";
  /** The zone the seller center prints times in (DOMAIN.md §2). */
  platformZone: string;
  /** Rule lengths in hours overriding the rulebook, by rule id. */
  ruleHours: Record<string, number>;
  /** Hours before a seller-side dispute deadline to warn; empty list turns the kind off. */
  disputeThresholdsHours: number[];
  /** Hours before ship-by and cancellation deadlines. */
  orderThresholdsHours: number[];
  quietHours: { enabled: boolean; start: string; end: string }; // "22:00" → "08:00", browser's zone
  staleListHours: number;
  /** Closed disputes (and their timelines) are deleted this many days after their last sign of life; open ones never. */
  retentionDays: number;
  /** The watch (issue 13): open each store's dispute list in a background tab on a schedule. Opt-in. */
  watchEnabled: boolean;
  /** Hours between two checks of a store's list (1–12); a list the seller read counts as a check. */
  watchEveryHours: number;
  /** The seller's own names for their stores, by channelId (popup, notices). */
  storeNames: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: "auto",
  platformZone: "America/Los_Angeles",
  ruleHours: {},
  disputeThresholdsHours: [72, 24, 6, 1],
  orderThresholdsHours: [24, 6, 1],
  quietHours: { enabled: false, start: "22:00", end: "08:00" },
  staleListHours: 24,
  retentionDays: 180,
  watchEnabled: false,
  watchEveryHours: 3,
  storeNames: {},
};

/** A reminder already shown: one per dispute (or order) per rule, due time and threshold. */
export interface SentReminder {
  key: string; // `${subjectId}|${rule}|${dueAt}|${thresholdHours}`
  subjectId: string; // disputeId or orderId
  subjectKind: "dispute" | "order" | "notice";
  rule: string;
  dueAt: string | null;
  thresholdHours: number | null;
  sentAt: string;
}

/** Per store: how fresh our picture of its dispute list is (the passive reader's blind spot). */
export interface ListReadStatus {
  channelId: string; // "" when the URL carried none
  lastReadAt: string | null;
  lastCompleteReadAt: string | null;
  loginExpiredAt: string | null; // set by a login-expired reading, cleared by a good one
  /** The last time the watch (or "Check now") opened this store's list, and what came of it. */
  lastCheck?: WatchCheck;
}

export type WatchOutcome =
  /** The list was read: `disputes` rows reached the tracker. */
  | "read"
  /** The tab left the seller center (the sign-in page) or the page said the session is over. */
  | "signed-out"
  /** The page gave no reading in time (not recognised, or it did not load). */
  | "no-answer"
  /** The tab could not be opened, or was closed before it was read. */
  | "failed";

export interface WatchCheck {
  at: string; // ISO UTC, when the check ended
  outcome: WatchOutcome;
  disputes: number | null;
}
