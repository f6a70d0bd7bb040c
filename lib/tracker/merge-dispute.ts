// Merges one dispute as a page showed it into what we know (issue 6 "Merging readings", DOMAIN.md §1).
// Pure: the reading's time is the only clock; what happened is returned as timeline events.
import {
  emptyDisputeRecord,
  FINISHED_STATUSES,
  type DisputeEvent,
  type DisputeEventKind,
  type DisputeReading,
  type DisputeRecord,
  type DisputeStatus,
  type Money,
  type PageDeadline,
} from "../model";

export interface ReadingContext {
  readAt: string;
  channelId: string | null;
  url: string;
}

export type NewDisputeEvent = Omit<DisputeEvent, "id">;

export interface DisputeMerge {
  record: DisputeRecord;
  events: NewDisputeEvent[];
}

/** Countdowns tick between readings: two deadlines closer than this are the same deadline. */
export const DEADLINE_JITTER_MS = 2 * 60_000;

/**
 * Field by field the newer reading wins and null never overwrites a known value. A reading older than
 * what we hold (another tab, sent late) only fills gaps. Exceptions, each from DOMAIN.md §1: a change to
 * a finished status ends the clocks; a status change ends the old status's page deadline; a buyer
 * change restarts R-RESPOND, so the old countdown goes (and stays in the timeline).
 */
export function mergeDisputeReading(
  existing: DisputeRecord | undefined,
  reading: DisputeReading,
  ctx: ReadingContext,
): DisputeMerge {
  const disputeId = reading.disputeId;
  if (disputeId === null) throw new RangeError("a dispute reading without a dispute id cannot be merged");
  const readAtMs = toMs(ctx.readAt);
  if (readAtMs === null) throw new RangeError(`reading time is not an ISO instant: ${ctx.readAt}`);

  const events: NewDisputeEvent[] = [];
  const addEvent = (kind: DisputeEventKind, at: string, extra: Partial<NewDisputeEvent> = {}): void => {
    events.push({ disputeId, kind, at, seenAt: ctx.readAt, ...extra });
  };

  const base = existing ?? emptyDisputeRecord(disputeId, ctx.readAt);
  const lastSeenMs = toMs(base.lastSeenAt) ?? Number.NEGATIVE_INFINITY;
  const isNewer = existing === undefined || readAtMs >= lastSeenMs;
  const take = <T>(known: T | null, read: T | null | undefined): T | null => {
    const value = read ?? null;
    return isNewer ? (value ?? known) : (known ?? value);
  };

  // Status: "unknown" is what a parser says when it could not read it, so it never overwrites.
  const readStatus = reading.status === "unknown" ? null : reading.status;
  let status: DisputeStatus = base.status;
  if (existing === undefined) status = reading.status;
  else if (readStatus !== null && (isNewer || base.status === "unknown")) status = readStatus;
  const statusChanged = existing !== undefined && status !== existing.status;
  const isFinished = FINISHED_STATUSES.includes(status);
  // On a first sighting the status began before we looked: its start was not seen (DOMAIN.md §1).
  let statusSince = base.statusSince;
  let statusText = take(base.statusText, reading.statusText);
  if (existing !== undefined && statusChanged) {
    statusSince = ctx.readAt;
    statusText = reading.statusText;
    addEvent("status-change", ctx.readAt, { from: existing.status, to: status });
    if (isFinished && !FINISHED_STATUSES.includes(existing.status)) addEvent("closed", ctx.readAt, { to: status });
  }

  // The history's own "buyer opened the dispute" entry is the opening, not a change (DOMAIN.md §1: an opening
  // time alone never starts R-RESPOND once the dispute is older than 5 days).
  const openingEntry = (reading.history ?? []).find((entry) => entry.actor === "buyer" && isOpeningEntry(entry.text));
  const openedAt = take(base.openedAt, normaliseIso(reading.openedAt) ?? normaliseIso(openingEntry?.at));
  if (openedAt !== null && (existing === undefined || existing.openedAt === null)) addEvent("opened", openedAt);

  const updatedAt = take(base.updatedAt, normaliseIso(reading.updatedAt));
  const updatedMoved = existing !== undefined && isLater(updatedAt, existing.updatedAt);
  if (updatedAt !== null && (existing === undefined || updatedMoved)) addEvent("updated", updatedAt);

  const refundRequested = take(base.refundRequested, reading.refundRequested);

  // Buyer actions listed in the page's history: each one newer than the latest we know is news.
  let buyerChangedAt = base.buyerChangedAt;
  const knownBuyerChangeMs = toMs(base.buyerChangedAt) ?? Number.NEGATIVE_INFINITY;
  const newBuyerEntries = (reading.history ?? [])
    .filter((entry) => entry.actor === "buyer" && !isOpeningEntry(entry.text))
    .map((entry) => ({ entry, at: normaliseIso(entry.at) }))
    .filter((item): item is { entry: (typeof item)["entry"]; at: string } => item.at !== null)
    .filter((item) => Date.parse(item.at) > knownBuyerChangeMs)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const { entry, at } of newBuyerEntries) {
    addEvent("buyer-change", at, { detail: entry.text });
    buyerChangedAt = latestOf(buyerChangedAt, at);
  }

  // A buyer change the extension itself saw between two readings (DOMAIN.md §1 evidence kinds: status back
  // to awaiting-seller, a new buyer solution or reason). A moved "updated" time is not one: the seller's own upload
  // moves it too, so it stays the weaker "updated" evidence that lib/rules labels as such.
  let restartSeen = false;
  if (existing !== undefined && isNewer && newBuyerEntries.length === 0) {
    const signals: string[] = [];
    // "Back" means from a step where the move was not the seller's; 纠纷中 / In dispute (negotiating) is also
    // a generic label some layouts show for any open dispute, so a flip from it is no evidence.
    if (statusChanged && status === "awaiting-seller" && RESTARTING_FROM.includes(existing.status)) {
      signals.push(`status back to awaiting-seller from ${existing.status}`);
    }
    if (
      existing.refundRequested !== null &&
      reading.refundRequested !== null &&
      // The list shows CN￥ where the detail shows US $ (DOMAIN.md §3): amounts in two currencies are no evidence.
      existing.refundRequested.currency === reading.refundRequested.currency &&
      !sameMoney(existing.refundRequested, reading.refundRequested)
    ) {
      signals.push("buyer's requested refund changed");
    }
    // DOMAIN.md §1: a change of reason restarts R-RESPOND too.
    if (existing.reason !== "unknown" && reading.reason !== "unknown" && reading.reason !== existing.reason) {
      signals.push(`reason changed from ${existing.reason} to ${reading.reason}`);
    }
    if (signals.length > 0) {
      // It happened after the previous reading and by this one. Dated at the earliest possible moment,
      // so an estimate from it may be early, never late (DOMAIN.md §1); the page's updated time is only
      // an upper bound (any later change moves it).
      const at = existing.lastSeenAt;
      addEvent("buyer-change", at, {
        detail: `${signals.join("; ")} (seen between ${existing.lastSeenAt} and ${ctx.readAt})`,
      });
      buyerChangedAt = latestOf(buyerChangedAt, at);
      restartSeen = true;
    }
  }

  const pageDeadline = mergePageDeadline({
    known: base.pageDeadline,
    reading,
    status,
    statusChanged,
    isFinished,
    isNewer,
    readAt: ctx.readAt,
    readAtMs,
    restarted: restartSeen || isLater(latestNewEntry(newBuyerEntries), base.pageDeadline?.readAt ?? null),
    addEvent,
  });

  const record: DisputeRecord = {
    disputeId,
    channelId: take(base.channelId, ctx.channelId),
    shownDisputeId: take(base.shownDisputeId, reading.shownDisputeId),
    orderId: take(base.orderId, reading.orderId),
    status,
    statusText,
    reason: reading.reason !== "unknown" && (isNewer || base.reason === "unknown") ? reading.reason : base.reason,
    reasonText: take(base.reasonText, reading.reasonText),
    buyer: take(base.buyer, reading.buyer),
    buyerCountry: take(base.buyerCountry, reading.buyerCountry ?? null),
    productTitle: take(base.productTitle, reading.productTitle),
    refundRequested,
    orderAmount: take(base.orderAmount, reading.orderAmount),
    openedAt,
    updatedAt,
    buyerChangedAt,
    statusSince,
    pageDeadline,
    trackingNumber: take(base.trackingNumber, reading.trackingNumber),
    carrier: take(base.carrier, reading.carrier),
    url: mergeUrl(base.url, ctx.url, disputeId, isNewer),
    firstSeenAt: readAtMs < (toMs(base.firstSeenAt) ?? readAtMs) ? ctx.readAt : base.firstSeenAt,
    lastSeenAt: isNewer ? ctx.readAt : base.lastSeenAt,
    // A complete list that missed it is older than any newer sighting; an older reading says nothing new.
    notSeenSince: isNewer ? null : base.notSeenSince,
    checklist: base.checklist,
    handled: base.handled,
    note: base.note,
    buyerLanguage: base.buyerLanguage,
    snoozedUntil: base.snoozedUntil,
  };
  return { record, events };
}

interface PageDeadlineInput {
  known: PageDeadline | null;
  reading: DisputeReading;
  status: DisputeStatus;
  statusChanged: boolean;
  isFinished: boolean;
  isNewer: boolean;
  readAt: string;
  readAtMs: number;
  /** A buyer change since the known countdown was read: that countdown restarted. */
  restarted: boolean;
  addEvent: (kind: DisputeEventKind, at: string, extra?: Partial<NewDisputeEvent>) => void;
}

function mergePageDeadline(input: PageDeadlineInput): PageDeadline | null {
  const { known, reading, status, readAt } = input;
  // DOMAIN.md §1: closed, cancelled and refunded disputes have no running clock.
  if (input.isFinished) return null;

  const readDeadline = normaliseIso(reading.deadline);
  const fitsStatus = reading.status === status;
  if (readDeadline !== null && fitsStatus && (input.isNewer || known === null || known.status !== status)) {
    const candidate: PageDeadline = { at: readDeadline, text: reading.deadlineText, readAt, status };
    if (reading.deadlineImprecise === true) candidate.imprecise = true;
    if (known !== null && known.status === status && !input.statusChanged) {
      const knownMs = Date.parse(known.at);
      const candidateMs = Date.parse(candidate.at);
      if (Math.abs(candidateMs - knownMs) < DEADLINE_JITTER_MS) {
        // The same deadline, read a little apart; a precise reading still sharpens an upper bound.
        if (known.imprecise === true && candidate.imprecise !== true) return candidate;
        // Read again after a buyer change and unmoved: that change did not restart it, and the reading
        // time must say the countdown is newer than the change (lib/rules drops countdowns older than one).
        return input.restarted ? { ...known, readAt } : known;
      }
      // "less than 1 hour" read again later gives a looser upper bound: keep the tighter one while it holds.
      if (known.imprecise === true && candidate.imprecise === true && candidateMs > knownMs && knownMs > input.readAtMs) {
        return known;
      }
    }
    if (known === null || known.at !== candidate.at) {
      const extra: Partial<NewDisputeEvent> = { from: known?.at ?? null, to: candidate.at };
      if (candidate.text !== null) extra.detail = candidate.text;
      input.addEvent("deadline-change", readAt, extra);
    }
    return candidate;
  }

  if (known !== null && input.isNewer && readDeadline === null) {
    if (input.statusChanged) {
      // The countdown belonged to the previous step.
      input.addEvent("deadline-change", readAt, { from: known.at, to: null, detail: `status changed to ${status}` });
      return null;
    }
    if (input.restarted && status === "awaiting-seller") {
      input.addEvent("deadline-change", readAt, { from: known.at, to: null, detail: "restarted by a buyer change" });
      return null;
    }
  }
  if (known !== null && input.statusChanged && known.status !== status) return null;
  // Null never overwrites: a countdown that is not shown this time is still the deadline.
  return known;
}

/** The dispute's own page is the one to reopen; a list page is only a fallback. */
function mergeUrl(known: string | null, readUrl: string, disputeId: string, isNewer: boolean): string | null {
  const readIsDisputePage = readUrl.includes(disputeId);
  const knownIsDisputePage = known !== null && known.includes(disputeId);
  if (readIsDisputePage && (isNewer || !knownIsDisputePage)) return readUrl;
  return known ?? readUrl;
}

function latestNewEntry(entries: readonly { at: string }[]): string | null {
  return entries.length === 0 ? null : (entries[entries.length - 1]?.at ?? null);
}

/** Statuses from which a return to awaiting-seller means the buyer acted (modified the request after a refusal). */
const RESTARTING_FROM: readonly DisputeStatus[] = ["awaiting-buyer", "platform-review", "awaiting-buyer-return", "awaiting-seller-receipt"];

/** The history entry that records the opening itself (DOMAIN.md §4 history entries). */
const OPENING_ENTRY = /买家(?:发起|提起|创建)(?:了)?纠纷|buyer\s+(?:opened|created|started|filed)\s+(?:the\s+|a\s+)?(?:dispute|case|refund request)/i;
function isOpeningEntry(text: string): boolean {
  return OPENING_ENTRY.test(text);
}

function sameMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005;
}

function toMs(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined || iso === "") return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** One spelling per instant, so string comparison and the deadline index order by time. */
function normaliseIso(iso: string | null | undefined): string | null {
  const ms = toMs(iso);
  return ms === null ? null : new Date(ms).toISOString();
}

function isLater(candidate: string | null, than: string | null): boolean {
  const a = toMs(candidate);
  if (a === null) return false;
  const b = toMs(than);
  return b === null || a > b;
}

function latestOf(a: string | null, b: string): string {
  return isLater(b, a) ? b : (a ?? b);
}
