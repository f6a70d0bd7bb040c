// Issue 10 "Proof": retention deletes closed disputes (with their timeline, sent reminders and orphaned orders)
// once they have been silent for the period, and never an open one however old.
import type { IDBPDatabase } from "idb";
import { DISPUTE_STATUSES, emptyDisputeRecord, emptyOrderRecord, type DisputeRecord, type DisputeStatus } from "../model";
import { openSentinelDb } from "./open";
import type { SentinelDb } from "./schema";
import { toStoredDispute } from "./to-stored-dispute";
import { isPastRetention, lastSignOfLife, pruneClosedDisputes } from "./prune-closed";

const NOW = new Date("2026-11-20T00:00:00.000Z");
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

let counter = 0;
let db: IDBPDatabase<SentinelDb>;
beforeEach(async () => {
  db = await openSentinelDb(`prune-${counter++}-${Math.random()}`, { now: () => NOW });
});
afterEach(() => db.close());

function dispute(id: string, status: DisputeStatus, lastSeenDaysAgo: number, extra: Partial<DisputeRecord> = {}): DisputeRecord {
  const seen = daysAgo(lastSeenDaysAgo);
  return { ...emptyDisputeRecord(id, daysAgo(lastSeenDaysAgo + 30)), status, lastSeenAt: seen, statusSince: seen, orderId: `81${id}`, ...extra };
}

async function store(...records: DisputeRecord[]): Promise<void> {
  for (const record of records) {
    await db.put("disputes", toStoredDispute(record, NOW));
    await db.add("events", { disputeId: record.disputeId, kind: "opened", at: record.firstSeenAt, seenAt: record.firstSeenAt });
    await db.put("reminders", { key: `${record.disputeId}|R-RESPOND|x|24`, subjectId: record.disputeId, subjectKind: "dispute", rule: "R-RESPOND", dueAt: null, thresholdHours: 24, sentAt: record.firstSeenAt });
    if (record.orderId !== null) await db.put("orders", { ...emptyOrderRecord(record.orderId, record.firstSeenAt), lastSeenAt: record.lastSeenAt });
  }
}

describe("isPastRetention", () => {
  it("only a closed dispute silent for longer than the period", () => {
    expect(isPastRetention(dispute("6300000000000001", "closed", 181), NOW, 180)).toBe(true);
    expect(isPastRetention(dispute("6300000000000001", "closed", 179), NOW, 180)).toBe(false);
    for (const status of DISPUTE_STATUSES.filter((s) => s !== "closed")) {
      expect(isPastRetention(dispute("6300000000000001", status, 5000), NOW, 180)).toBe(false);
    }
  });

  it("its last sign of life is the latest of last seen, status since and updated", () => {
    const record = dispute("6300000000000001", "closed", 400, { statusSince: daysAgo(300), updatedAt: daysAgo(10) });
    expect(lastSignOfLife(record)).toBe(Date.parse(daysAgo(10)));
    expect(isPastRetention(record, NOW, 180)).toBe(false);
  });
});

describe("pruneClosedDisputes", () => {
  it("deletes expired closed disputes with their timeline, reminders and orphaned orders; keeps open ones however old", async () => {
    const expired = dispute("6300000000000001", "closed", 200);
    const recentClosed = dispute("6300000000000002", "closed", 20);
    const ancientOpen = dispute("6300000000000003", "awaiting-seller", 900);
    const ancientRefunding = dispute("6300000000000004", "refunding", 900);
    const ancientUnknown = dispute("6300000000000005", "unknown", 900);
    await store(expired, recentClosed, ancientOpen, ancientRefunding, ancientUnknown);

    const result = await pruneClosedDisputes(db, NOW, 180);
    expect(result).toEqual({ disputeIds: ["6300000000000001"], events: 1, orders: 1 });
    expect((await db.getAllKeys("disputes")).sort()).toEqual(["6300000000000002", "6300000000000003", "6300000000000004", "6300000000000005"]);
    expect((await db.getAll("events")).map((e) => e.disputeId)).not.toContain("6300000000000001");
    expect((await db.getAll("reminders")).map((r) => r.subjectId)).not.toContain("6300000000000001");
    expect(await db.get("orders", "816300000000000001")).toBeUndefined();
    expect(await db.count("orders")).toBe(4);
  });

  it("keeps an order another dispute still refers to, or one seen within the period", async () => {
    const orderId = "8183974713700486";
    await store(dispute("6300000000000001", "closed", 200, { orderId }), dispute("6300000000000002", "awaiting-buyer", 200, { orderId }));
    await pruneClosedDisputes(db, NOW, 180);
    expect(await db.get("orders", orderId)).toBeDefined();

    await store(dispute("6300000000000003", "closed", 200, { orderId: "8183974713700999" }));
    await db.put("orders", { ...emptyOrderRecord("8183974713700999", daysAgo(300)), lastSeenAt: daysAgo(2) });
    await pruneClosedDisputes(db, NOW, 180);
    expect(await db.get("disputes", "6300000000000003")).toBeUndefined();
    expect(await db.get("orders", "8183974713700999")).toBeDefined();
  });

  it("follows the setting: a shorter period deletes sooner", async () => {
    await store(dispute("6300000000000001", "closed", 40));
    expect((await pruneClosedDisputes(db, NOW, 180)).disputeIds).toEqual([]);
    expect((await pruneClosedDisputes(db, NOW, 30)).disputeIds).toEqual(["6300000000000001"]);
  });

  it("with nothing expired, changes nothing", async () => {
    await store(dispute("6300000000000002", "closed", 20));
    expect(await pruneClosedDisputes(db, NOW, 180)).toEqual({ disputeIds: [], events: 0, orders: 0 });
    expect(await db.count("disputes")).toBe(1);
  });
});
