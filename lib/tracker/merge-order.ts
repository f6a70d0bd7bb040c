// Merges an order as a page showed it, and lets orders enrich their disputes (issue 6: tracking number,
// carrier, buyer's country). Pure, same field rule as disputes: newer wins, null never overwrites.
import type { DisputeRecord, OrderReading, OrderRecord } from "../model";
import { orderClockOf } from "../rules/order-clock";

export interface OrderReadingContext {
  readAt: string;
  channelId: string | null;
}

export function mergeOrderReading(
  existing: OrderRecord | undefined,
  reading: OrderReading,
  ctx: OrderReadingContext,
): OrderRecord {
  const orderId = reading.orderId;
  if (orderId === null) throw new RangeError("an order reading without an order id cannot be merged");
  const readAtMs = Date.parse(ctx.readAt);
  if (!Number.isFinite(readAtMs)) throw new RangeError(`reading time is not an ISO instant: ${ctx.readAt}`);
  const isNewer = existing === undefined || readAtMs >= Date.parse(existing.lastSeenAt);
  const take = <T>(known: T | null, read: T | null): T | null => (isNewer ? (read ?? known) : (known ?? read));
  const known = existing ?? null;

  const status = take(known?.status ?? null, reading.status);
  return {
    orderId,
    channelId: take(known?.channelId ?? null, ctx.channelId),
    status,
    buyer: take(known?.buyer ?? null, reading.buyer),
    buyerCountry: take(known?.buyerCountry ?? null, reading.buyerCountry),
    amount: take(known?.amount ?? null, reading.amount),
    paidAt: take(known?.paidAt ?? null, normaliseIso(reading.paidAt)),
    shippedAt: take(known?.shippedAt ?? null, normaliseIso(reading.shippedAt)),
    deliveredAt: take(known?.deliveredAt ?? null, normaliseIso(reading.deliveredAt)),
    trackingNumber: take(known?.trackingNumber ?? null, reading.trackingNumber),
    carrier: take(known?.carrier ?? null, reading.carrier),
    shipDeadline: take(known?.shipDeadline ?? null, normaliseIso(reading.shipDeadline)),
    cancelRequestedAt: mergeCancelRequestedAt(existing, status, isNewer),
    firstSeenAt: existing === undefined || readAtMs < Date.parse(existing.firstSeenAt) ? ctx.readAt : existing.firstSeenAt,
    lastSeenAt: isNewer ? ctx.readAt : (existing?.lastSeenAt ?? ctx.readAt),
  };
}

/**
 * R-CANCEL starts at the buyer's request (DOMAIN.md §1). Seen first on an order we already knew in
 * another status, it came after that reading: dated at that reading, the earliest it can be, so the
 * 48-hour estimate is early rather than late. An order first met already awaiting an answer shows no
 * start, and lib/rules then says the deadline is unknown instead of guessing. A later status without
 * the request ends it, so a second request starts afresh.
 */
function mergeCancelRequestedAt(existing: OrderRecord | undefined, status: string | null, isNewer: boolean): string | null {
  if (existing === undefined) return null;
  if (!isNewer) return existing.cancelRequestedAt;
  if (orderClockOf(status) === "cancel-request") {
    if (existing.cancelRequestedAt !== null) return existing.cancelRequestedAt;
    return orderClockOf(existing.status) === "cancel-request" ? null : existing.lastSeenAt;
  }
  return status === null ? existing.cancelRequestedAt : null;
}

/** The dispute with what its order adds; the same object when the order adds nothing. */
export function enrichDisputeFromOrder(dispute: DisputeRecord, order: OrderRecord): DisputeRecord {
  // The order's value replaces a known one only when the order was read after the dispute.
  const orderIsNewer = Date.parse(order.lastSeenAt) > Date.parse(dispute.lastSeenAt);
  const take = <T>(known: T | null, fromOrder: T | null): T | null =>
    orderIsNewer ? (fromOrder ?? known) : (known ?? fromOrder);
  const enriched: DisputeRecord = {
    ...dispute,
    channelId: dispute.channelId ?? order.channelId,
    buyer: take(dispute.buyer, order.buyer),
    buyerCountry: take(dispute.buyerCountry, order.buyerCountry),
    orderAmount: take(dispute.orderAmount, order.amount),
    trackingNumber: take(dispute.trackingNumber, order.trackingNumber),
    carrier: take(dispute.carrier, order.carrier),
  };
  const changed =
    enriched.channelId !== dispute.channelId ||
    enriched.buyer !== dispute.buyer ||
    enriched.buyerCountry !== dispute.buyerCountry ||
    enriched.orderAmount !== dispute.orderAmount ||
    enriched.trackingNumber !== dispute.trackingNumber ||
    enriched.carrier !== dispute.carrier;
  return changed ? enriched : dispute;
}

function normaliseIso(iso: string | null): string | null {
  if (iso === null || iso === "") return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
