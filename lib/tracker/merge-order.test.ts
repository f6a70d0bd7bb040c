import type { DisputeRecord, OrderRecord } from "../model";
import { mergeDisputeReading } from "./merge-dispute";
import { enrichDisputeFromOrder, mergeOrderReading } from "./merge-order";
import { CHANNEL, LIST_URL, disputeReading, orderReading } from "./testing/readings";

const T1 = "2026-11-20T10:00:00.000Z";
const T2 = "2026-11-20T12:00:00.000Z";
const T3 = "2026-11-20T14:00:00.000Z";
const ctx = (readAt: string) => ({ readAt, channelId: CHANNEL });

describe("mergeOrderReading", () => {
  it("stores a first reading with normalised times", () => {
    const order = mergeOrderReading(undefined, orderReading({ shipDeadline: "2026-11-22T18:00:00+08:00" }), ctx(T1));
    expect(order).toMatchObject({
      orderId: "8183974713700486",
      channelId: CHANNEL,
      buyerCountry: "ES",
      trackingNumber: "LP00123456789",
      shipDeadline: "2026-11-22T10:00:00.000Z",
      cancelRequestedAt: null,
      firstSeenAt: T1,
      lastSeenAt: T1,
    });
  });

  it("lets the newer reading win, never with null, and an older one only fill gaps", () => {
    const first = mergeOrderReading(undefined, orderReading({ deliveredAt: null }), ctx(T2));
    const newer = mergeOrderReading(first, orderReading({ trackingNumber: null, carrier: "YunExpress" }), ctx(T3));
    expect(newer).toMatchObject({ trackingNumber: "LP00123456789", carrier: "YunExpress", lastSeenAt: T3 });
    const older = mergeOrderReading(newer, orderReading({ carrier: "Cainiao", deliveredAt: "2026-11-10T00:00:00.000Z" }), ctx(T1));
    expect(older).toMatchObject({ carrier: "YunExpress", deliveredAt: "2026-11-10T00:00:00.000Z", lastSeenAt: T3, firstSeenAt: T1 });
  });

  it.each(["买家申请取消", "IN_CANCEL", "Buyer requested cancellation"])(
    "dates a cancellation request (%s) seen after another status at the earlier reading, never later",
    (statusText) => {
      const shipped = mergeOrderReading(undefined, orderReading({ status: "等待发货" }), ctx(T1));
      const requested = mergeOrderReading(shipped, orderReading({ status: statusText }), ctx(T2));
      expect(requested.cancelRequestedAt).toBe(T1);
      // Seen again: the first sighting stays.
      expect(mergeOrderReading(requested, orderReading({ status: statusText }), ctx(T3)).cancelRequestedAt).toBe(T1);
    },
  );

  it("leaves the request's start unknown on an order first met already awaiting an answer", () => {
    const first = mergeOrderReading(undefined, orderReading({ status: "买家申请取消" }), ctx(T1));
    expect(first.cancelRequestedAt).toBeNull();
    expect(mergeOrderReading(first, orderReading({ status: "买家申请取消" }), ctx(T2)).cancelRequestedAt).toBeNull();
  });

  it("ends the request when the order moves on, so the next request starts afresh", () => {
    const shipped = mergeOrderReading(undefined, orderReading({ status: "等待发货" }), ctx(T1));
    const requested = mergeOrderReading(shipped, orderReading({ status: "IN_CANCEL" }), ctx(T2));
    const answered = mergeOrderReading(requested, orderReading({ status: "等待发货" }), ctx(T3));
    expect(answered.cancelRequestedAt).toBeNull();
    // An unreadable status says nothing about the request.
    expect(mergeOrderReading(requested, orderReading({ status: null }), ctx(T3)).cancelRequestedAt).toBe(T1);
  });
});

describe("enrichDisputeFromOrder", () => {
  const dispute = (overrides: Partial<DisputeRecord> = {}): DisputeRecord => ({
    ...mergeDisputeReading(undefined, disputeReading({ buyer: null }), { readAt: T2, channelId: null, url: LIST_URL }).record,
    ...overrides,
  });
  const order = (readAt: string, overrides: Partial<OrderRecord> = {}): OrderRecord => ({
    ...mergeOrderReading(undefined, orderReading(), { readAt, channelId: CHANNEL }),
    ...overrides,
  });

  it("fills tracking number, carrier, buyer's country and store from the order", () => {
    const enriched = enrichDisputeFromOrder(dispute(), order(T1));
    expect(enriched).toMatchObject({ trackingNumber: "LP00123456789", carrier: "Cainiao", buyerCountry: "ES", buyer: "M***a", channelId: CHANNEL });
  });

  it("replaces a known value only with an order read after the dispute", () => {
    const known = dispute({ trackingNumber: "OLD1", carrier: "Old carrier" });
    expect(enrichDisputeFromOrder(known, order(T1))).toMatchObject({ trackingNumber: "OLD1", carrier: "Old carrier", buyerCountry: "ES" });
    expect(enrichDisputeFromOrder(known, order(T3))).toMatchObject({ trackingNumber: "LP00123456789", carrier: "Cainiao" });
  });

  it("never overwrites with the order's nulls, and returns the same object when nothing is added", () => {
    const known = dispute({ trackingNumber: "LP1", carrier: "Cainiao", buyerCountry: "FR", buyer: "B", channelId: "9", orderAmount: { amount: 1, currency: "USD" } });
    const empty = order(T3, { trackingNumber: null, carrier: null, buyerCountry: null, buyer: null, amount: null, channelId: null });
    expect(enrichDisputeFromOrder(known, empty)).toBe(known);
  });
});
