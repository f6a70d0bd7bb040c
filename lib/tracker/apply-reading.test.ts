import type { IDBPDatabase } from "idb";
import { DEFAULT_SETTINGS, type PageReading } from "../model";
import { openSentinelDb } from "../db/open";
import { getDispute, getListReads, getMostUrgent, getTimeline } from "../db/queries";
import type { SentinelDb } from "../db/schema";
import { applyReading } from "./apply-reading";
import { CHANNEL, detailUrl, disputeReading, listReading, orderReading } from "./testing/readings";

const T1 = "2026-11-20T10:00:00.000Z";
const T2 = "2026-11-20T12:00:00.000Z";
const T3 = "2026-11-20T14:00:00.000Z";
const A = "6351074783626585";
const B = "6319677041676999";
const C = "6344526047343901";

let counter = 0;
let db: IDBPDatabase<SentinelDb>;
beforeEach(async () => {
  db = await openSentinelDb(`sentinel-apply-${Date.now()}-${counter++}`);
});
afterEach(() => db.close());

const apply = (reading: PageReading) => applyReading(db, reading, new Date(reading.readAt), DEFAULT_SETTINGS);
const rowA = (overrides = {}) => disputeReading({ disputeId: A, orderId: "1", ...overrides });
const rowB = (overrides = {}) => disputeReading({ disputeId: B, orderId: "2", deadline: "2026-11-22T10:00:00.000Z", ...overrides });
const rowC = (overrides = {}) => disputeReading({ disputeId: C, orderId: "3", deadline: "2026-11-24T10:00:00.000Z", ...overrides });

describe("applyReading: storing disputes", () => {
  it("creates disputes with their timeline and next seller deadline, and notes when the list was read", async () => {
    const result = await apply(listReading(T1, [rowA(), rowB()]));
    expect(result).toMatchObject({ created: 2, updated: 0, skipped: 0, loginExpired: false });
    expect(result.disputeIds.sort()).toEqual([A, B].sort());
    expect(result.events).toBe(6);
    expect(await getDispute(db, A)).toMatchObject({ channelId: CHANNEL, nextSellerDeadline: "2026-11-23T10:00:00.000Z" });
    expect((await getTimeline(db, A)).map((e) => e.kind)).toEqual(["opened", "updated", "deadline-change"]);
    expect(await getListReads(db)).toEqual([{ channelId: CHANNEL, lastReadAt: T1, lastCompleteReadAt: null, loginExpiredAt: null }]);
    expect((await getMostUrgent(db, 10, new Date(T1))).map((u) => u.dispute.disputeId)).toEqual([B, A]);
  });

  it("counts only real changes as updates", async () => {
    await apply(listReading(T1, [rowA(), rowB()]));
    const again = await apply(listReading(T2, [rowA(), rowB({ productTitle: "Renamed" })]));
    expect(again).toMatchObject({ created: 0, updated: 1, events: 0, disputeIds: [B] });
    expect((await getDispute(db, A))?.lastSeenAt).toBe(T2);
  });

  it("skips rows without an id and says how many", async () => {
    const result = await apply(listReading(T1, [rowA(), rowA({ disputeId: null })], { orders: [orderReading({ orderId: null })] }));
    expect(result).toMatchObject({ created: 1, skipped: 2 });
  });

  it("takes the store from the URL when the reading does not name it", async () => {
    await apply(listReading(T1, [rowA()], { channelId: undefined }));
    expect((await getDispute(db, A))?.channelId).toBe(CHANNEL);
  });

  it("drops a closed dispute from the urgent list", async () => {
    await apply(listReading(T1, [rowA(), rowB()]));
    await apply(listReading(T2, [rowB({ status: "closed", deadline: null })]));
    const closed = await getDispute(db, B);
    expect(closed?.pageDeadline).toBeNull();
    expect(closed).not.toHaveProperty("nextSellerDeadline");
    expect((await getMostUrgent(db, 10, new Date(T2))).map((u) => u.dispute.disputeId)).toEqual([A]);
    expect((await getTimeline(db, B)).map((e) => e.kind)).toContain("closed");
  });

  it("stores nothing from a page whose rows have not rendered yet", async () => {
    const result = await apply(listReading(T1, [rowA()], { pageState: "loading", complete: true }));
    expect(result).toMatchObject({ created: 0, events: 0 });
    expect(await getDispute(db, A)).toBeUndefined();
    expect(await getListReads(db)).toEqual([]);
  });
});

describe("applyReading: the passive reader's blind spot", () => {
  it("marks open disputes missing from a complete list as not seen since, once, and never deletes them", async () => {
    await apply(listReading(T1, [rowA(), rowB(), rowC({ status: "closed", deadline: null })], { complete: true }));
    const result = await apply(listReading(T2, [rowA()], { complete: true }));
    expect(result.disputeIds).toEqual([B]);
    expect(await getDispute(db, B)).toMatchObject({ notSeenSince: T2, status: "awaiting-seller" });
    // A closed dispute leaving the list is expected.
    expect((await getDispute(db, C))?.notSeenSince).toBeNull();
    await apply(listReading(T3, [rowA()], { complete: true }));
    expect((await getDispute(db, B))?.notSeenSince).toBe(T2);
    expect((await getTimeline(db, B)).filter((e) => e.kind === "not-seen")).toEqual([
      expect.objectContaining({ at: T2, seenAt: T2 }),
    ]);
    expect(await getListReads(db)).toEqual([{ channelId: CHANNEL, lastReadAt: T3, lastCompleteReadAt: T3, loginExpiredAt: null }]);
  });

  it("clears the mark when the dispute shows up again", async () => {
    await apply(listReading(T1, [rowA(), rowB()], { complete: true }));
    await apply(listReading(T2, [rowA()], { complete: true }));
    await apply(listReading(T3, [rowB()]));
    expect((await getDispute(db, B))?.notSeenSince).toBeNull();
  });

  it("marks nothing from a filtered list, another store's list, or a list older than the last sighting", async () => {
    await apply(listReading(T1, [rowA(), rowB()], { complete: true }));
    await apply(listReading(T2, [rowA()], { complete: false }));
    await apply(listReading(T2, [], { complete: true, channelId: "999", url: "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=999" }));
    await apply(listReading(T3, [rowB()]));
    await apply(listReading(T2, [rowA()], { complete: true }));
    expect((await getDispute(db, B))?.notSeenSince).toBeNull();
    const reads = await getListReads(db);
    expect(reads.find((r) => r.channelId === CHANNEL)).toMatchObject({ lastReadAt: T3, lastCompleteReadAt: T2 });
    expect(reads.find((r) => r.channelId === "999")).toMatchObject({ lastCompleteReadAt: T2 });
  });

  it("records a login-expired reading on its own and changes nothing else; a good reading clears it", async () => {
    await apply(listReading(T1, [rowA()]));
    const expired = await apply({
      kind: "unknown",
      pageState: "login-expired",
      url: "https://login.aliexpress.com/user/seller/login?bizSegment=CSP",
      readAt: T2,
      disputes: [rowA({ status: "closed" })],
      orders: [],
      warnings: ["login expired"],
    });
    expect(expired).toMatchObject({ loginExpired: true, created: 0, updated: 0, events: 0 });
    expect((await getDispute(db, A))?.status).toBe("awaiting-seller");
    expect((await getListReads(db)).find((r) => r.channelId === "")).toMatchObject({ loginExpiredAt: T2 });
    await apply({ ...listReading(T3, [rowA()]), kind: "dispute-detail", url: detailUrl(A), channelId: null });
    expect((await getListReads(db)).every((r) => r.loginExpiredAt === null)).toBe(true);
  });
});

describe("applyReading: orders enrich their disputes", () => {
  const orderPage = (readAt: string, overrides = {}): PageReading => ({
    kind: "order-detail",
    pageState: "ok",
    url: "https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=1&channelId=2285755",
    readAt,
    disputes: [],
    orders: [orderReading({ orderId: "1", ...overrides })],
    warnings: [],
  });

  it("adds the order's tracking number, carrier and country to a stored dispute", async () => {
    await apply(listReading(T1, [rowA()]));
    const result = await apply(orderPage(T2));
    expect(result).toMatchObject({ orderIds: ["1"], disputeIds: [A], updated: 1 });
    expect(await getDispute(db, A)).toMatchObject({ trackingNumber: "LP00123456789", carrier: "Cainiao", buyerCountry: "ES" });
  });

  it("enriches a dispute read after its order", async () => {
    await apply(orderPage(T1));
    await apply(listReading(T2, [rowA()]));
    expect(await getDispute(db, A)).toMatchObject({ trackingNumber: "LP00123456789", buyerCountry: "ES" });
    // The order page does not count as a dispute-list reading.
    expect((await getListReads(db)).map((r) => r.lastReadAt)).toEqual([T2]);
  });
});

describe("applyReading: two tabs at once lose nothing", () => {
  it("stores both of two concurrent readings of different disputes", async () => {
    await Promise.all([apply(listReading(T1, [rowA()])), apply(listReading(T1, [rowB()]))]);
    expect(await getDispute(db, A)).toBeDefined();
    expect(await getDispute(db, B)).toBeDefined();
  });

  it("merges two concurrent readings of the same dispute, whichever commits first", async () => {
    await apply(listReading(T1, [rowA()]));
    const statusPage = listReading(T3, [rowA({ status: "awaiting-buyer", deadline: null, productTitle: "Newest title" })]);
    const trackingPage = { ...listReading(T2, [rowA({ trackingNumber: "LP9", carrier: "YunExpress", productTitle: "Older title" })]), kind: "dispute-detail" as const, url: detailUrl(A) };
    // The newer reading first, then the older one: the older must not undo it.
    await Promise.all([apply(statusPage), apply(trackingPage)]);
    const stored = await getDispute(db, A);
    expect(stored).toMatchObject({ status: "awaiting-buyer", productTitle: "Newest title", trackingNumber: "LP9", carrier: "YunExpress", lastSeenAt: T3, url: detailUrl(A) });
    expect((await getTimeline(db, A)).filter((e) => e.kind === "status-change")).toHaveLength(1);
  });

  it("keeps every event of many concurrent readings of one dispute", async () => {
    await apply(listReading(T1, [rowA()]));
    const readings = Array.from({ length: 10 }, (_, i) => {
      const readAt = new Date(Date.parse(T1) + (i + 1) * 60 * 60_000).toISOString();
      // Each reading moves the deadline by 10 minutes: ten changes.
      const deadline = new Date(Date.parse("2026-11-23T10:00:00.000Z") + (i + 1) * 10 * 60_000).toISOString();
      return listReading(readAt, [rowA({ deadline })]);
    });
    await Promise.all(readings.map(apply));
    const changes = (await getTimeline(db, A)).filter((e) => e.kind === "deadline-change");
    expect(changes).toHaveLength(11);
    expect((await getDispute(db, A))?.pageDeadline?.at).toBe("2026-11-23T11:40:00.000Z");
  });
});
