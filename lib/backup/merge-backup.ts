// Merging an imported file into what we hold, by id: the newer reading wins field by field, a value only one
// side knows is kept (as the tracker merges readings, lib/tracker/merge-dispute.ts), and the seller's own
// marks of both sides are united. Pure: backup.ts reads the rows and writes the results.
import { FINISHED_STATUSES, type DisputeEvent, type DisputeRecord, type OrderRecord, type PageDeadline } from "../model";
import type { SellerReplyTemplate } from "../replies/seller-templates";

function mergeNotes(ours: string, theirs: string): string {
  if (!theirs || ours.includes(theirs)) return ours;
  if (!ours || theirs.includes(ours)) return theirs;
  return `${ours}\n${theirs}`;
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : Date.parse(b) > Date.parse(a) ? b : a);
const earlier = (a: string, b: string): string => (Date.parse(b) < Date.parse(a) ? b : a);

/** The newer of two rows by when each was last seen; the held one on a tie (an import of our own export changes nothing). */
function newerAndOlder<T extends { lastSeenAt: string }>(held: T, imported: T): [T, T] {
  return Date.parse(imported.lastSeenAt) > Date.parse(held.lastSeenAt) ? [imported, held] : [held, imported];
}

/**
 * A page deadline belongs to the status it was shown under (DOMAIN.md §1): of the two, the latest read one
 * for the merged status; none once the dispute is finished.
 */
function mergePageDeadline(newer: PageDeadline | null, older: PageDeadline | null, status: DisputeRecord["status"]): PageDeadline | null {
  if (FINISHED_STATUSES.includes(status)) return null;
  const candidates = [newer, older].filter((d): d is PageDeadline => d !== null && d.status === status);
  return candidates.reduce<PageDeadline | null>((best, d) => (best === null || Date.parse(d.readAt) > Date.parse(best.readAt) ? d : best), null);
}

export function mergeImportedDispute(existing: DisputeRecord | undefined, imported: DisputeRecord): DisputeRecord {
  if (!existing) return imported;
  const [newer, older] = newerAndOlder(existing, imported);
  // "unknown" is what a parser says when it could not read the status: it never overwrites a known one.
  const statusFrom = newer.status === "unknown" && older.status !== "unknown" ? older : newer;
  const status = statusFrom.status;
  return {
    disputeId: existing.disputeId,
    channelId: newer.channelId ?? older.channelId,
    shownDisputeId: newer.shownDisputeId ?? older.shownDisputeId,
    orderId: newer.orderId ?? older.orderId,
    status,
    statusText: statusFrom.statusText ?? (older.status === status ? older.statusText : null),
    statusSince: statusFrom.statusSince,
    reason: newer.reason === "unknown" ? older.reason : newer.reason,
    reasonText: newer.reason === "unknown" && older.reason !== "unknown" ? older.reasonText : (newer.reasonText ?? older.reasonText),
    buyer: newer.buyer ?? older.buyer,
    buyerCountry: newer.buyerCountry ?? older.buyerCountry,
    productTitle: newer.productTitle ?? older.productTitle,
    refundRequested: newer.refundRequested ?? older.refundRequested,
    orderAmount: newer.orderAmount ?? older.orderAmount,
    openedAt: newer.openedAt ?? older.openedAt,
    updatedAt: later(newer.updatedAt, older.updatedAt),
    buyerChangedAt: later(newer.buyerChangedAt, older.buyerChangedAt),
    pageDeadline: mergePageDeadline(newer.pageDeadline, older.pageDeadline, status),
    trackingNumber: newer.trackingNumber ?? older.trackingNumber,
    carrier: newer.carrier ?? older.carrier,
    url: newer.url ?? older.url,
    firstSeenAt: earlier(existing.firstSeenAt, imported.firstSeenAt),
    lastSeenAt: newer.lastSeenAt,
    notSeenSince: newer.notSeenSince,
    // The seller's own marks: a tick, a handled mark or a note made on either side is kept.
    checklist: mergeChecklists(existing.checklist, imported.checklist),
    handled: existing.handled || imported.handled,
    note: mergeNotes(existing.note, imported.note),
    buyerLanguage: newer.buyerLanguage ?? older.buyerLanguage,
    snoozedUntil: later(existing.snoozedUntil, imported.snoozedUntil),
  };
}

function mergeChecklists(held: Record<string, boolean>, imported: Record<string, boolean>): Record<string, boolean> {
  const merged: Record<string, boolean> = { ...held };
  for (const [item, ticked] of Object.entries(imported)) merged[item] = (merged[item] ?? false) || ticked;
  return merged;
}

export function mergeImportedOrder(existing: OrderRecord | undefined, imported: OrderRecord): OrderRecord {
  if (!existing) return imported;
  const [newer, older] = newerAndOlder(existing, imported);
  return {
    orderId: existing.orderId,
    channelId: newer.channelId ?? older.channelId,
    status: newer.status ?? older.status,
    buyer: newer.buyer ?? older.buyer,
    buyerCountry: newer.buyerCountry ?? older.buyerCountry,
    amount: newer.amount ?? older.amount,
    paidAt: newer.paidAt ?? older.paidAt,
    shippedAt: newer.shippedAt ?? older.shippedAt,
    deliveredAt: newer.deliveredAt ?? older.deliveredAt,
    trackingNumber: newer.trackingNumber ?? older.trackingNumber,
    carrier: newer.carrier ?? older.carrier,
    shipDeadline: newer.shipDeadline ?? older.shipDeadline,
    // A cancellation request belongs to the status it was seen under (lib/tracker/merge-order.ts).
    cancelRequestedAt: newer.cancelRequestedAt ?? (newer.status === null || newer.status === older.status ? older.cancelRequestedAt : null),
    firstSeenAt: earlier(existing.firstSeenAt, imported.firstSeenAt),
    lastSeenAt: newer.lastSeenAt,
  };
}

type EventContent = Omit<DisputeEvent, "id">;

/** What an event says, without when this profile learnt it or its store key: the same fact learnt twice is one event. */
export function eventIdentity(event: EventContent): string {
  return JSON.stringify([event.disputeId, event.kind, Date.parse(event.at), event.detail ?? null, event.from ?? null, event.to ?? null]);
}

/** The imported events not already held (nor repeated in the file), in the file's order. */
export function newTimelineEvents(held: readonly EventContent[], imported: readonly EventContent[]): EventContent[] {
  const known = new Set(held.map(eventIdentity));
  const added: EventContent[] = [];
  for (const event of imported) {
    const identity = eventIdentity(event);
    if (known.has(identity)) continue;
    known.add(identity);
    added.push(event);
  }
  return added;
}

/**
 * A reply template both sides have (same language and name): one is the seller's wording, so the two are not
 * mixed field by field. The later edited one wins; without a time to compare (a hand-edited profile's row) or at
 * the same moment, the file's, since the seller chose to import it. A template only one side has is kept.
 */
export function mergeImportedReplyTemplate(held: SellerReplyTemplate | undefined, imported: SellerReplyTemplate): SellerReplyTemplate {
  if (held === undefined) return imported;
  return Date.parse(held.updatedAt) > Date.parse(imported.updatedAt) ? held : imported;
}
