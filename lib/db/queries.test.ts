import type { IDBPDatabase } from "idb";
import { DEFAULT_SETTINGS, emptyDisputeRecord, type DisputeStatus, type SentReminder } from "../model";
import { disputeRecordFromV1 } from "./migrations";
import { openSentinelDb } from "./open";
import {
  getAllDisputes,
  getDispute,
  getDisputeChannelIds,
  getMostUrgent,
  getSentReminders,
  getSettings,
  getTimeline,
  recordSentReminders,
  saveSettings,
  updateSellerMarks,
} from "./queries";
import type { SentinelDb, StoredDispute } from "./schema";

let counter = 0;
const NOW = new Date("2026-11-20T10:00:00.000Z");
let db: IDBPDatabase<SentinelDb>;

beforeEach(async () => {
  db = await openSentinelDb(`sentinel-queries-${Date.now()}-${counter++}`, { now: () => NOW });
});
afterEach(() => db.close());

function storedDispute(index: number, status: DisputeStatus, nextSellerDeadline: string | null): StoredDispute {
  const record = disputeRecordFromV1({
    disputeId: String(6_000_000_000_000_000 + index),
    orderId: String(8_000_000_000_000_000 + index),
    status,
    statusText: null,
    reason: "quality",
    productTitle: `Item ${index}`,
    deadline: null,
    deadlineText: null,
    url: null,
    firstSeenAt: NOW.toISOString(),
    lastSeenAt: NOW.toISOString(),
  });
  return nextSellerDeadline === null ? record : { ...record, nextSellerDeadline };
}

describe("getMostUrgent", () => {
  it("returns the 50 soonest of 5,000 open disputes in deadline order, overdue ones first", async () => {
    // A fixed pseudo-random spread of deadlines from 2 days overdue to 28 days ahead; some have none, some are closed.
    const rows: StoredDispute[] = [];
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5000; i += 1) {
      const due = new Date(NOW.getTime() + Math.round((next() * 30 - 2) * 86_400_000)).toISOString();
      const kind = i % 10;
      rows.push(storedDispute(i, kind === 0 ? "closed" : "awaiting-seller", kind === 1 ? null : due));
    }
    const tx = db.transaction("disputes", "readwrite");
    await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);

    const started = performance.now();
    const urgent = await getMostUrgent(db, 50, NOW);
    const elapsed = performance.now() - started;

    const expected = rows
      .filter((row) => row.status !== "closed" && row.nextSellerDeadline !== undefined)
      .sort((a, b) => Date.parse(a.nextSellerDeadline ?? "") - Date.parse(b.nextSellerDeadline ?? "") || (a.disputeId < b.disputeId ? -1 : 1))
      .slice(0, 50);
    expect(urgent.map((item) => item.dispute.disputeId)).toEqual(expected.map((row) => row.disputeId));
    expect(urgent[0]?.msLeft).toBeLessThan(0);
    expect(urgent.every((item) => item.msLeft === Date.parse(item.dueAt) - NOW.getTime())).toBe(true);
    // An index walk, not a scan of 5,000 rows: generous bound for a slow CI machine.
    expect(elapsed).toBeLessThan(1000);
    // Storing 5,000 rows in fake-indexeddb takes seconds on a busy 2-core machine; the query does not.
  }, 60_000);

  it("returns fewer when fewer have a deadline, and none for a limit of 0", async () => {
    await db.put("disputes", storedDispute(1, "awaiting-seller", "2026-11-21T00:00:00.000Z"));
    await db.put("disputes", storedDispute(2, "awaiting-buyer", null));
    expect((await getMostUrgent(db, 10, NOW)).map((item) => item.dispute.disputeId)).toEqual(["6000000000000001"]);
    expect(await getMostUrgent(db, 0, NOW)).toEqual([]);
  });
});

describe("settings", () => {
  it("are the defaults when none are stored", async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it("merge changes into what is stored, nested quiet hours included", async () => {
    await saveSettings(db, { staleListHours: 12 });
    const saved = await saveSettings(db, { quietHours: { enabled: true, start: "23:00", end: "07:00" } });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, staleListHours: 12, quietHours: { enabled: true, start: "23:00", end: "07:00" } });
    expect(await getSettings(db)).toEqual(saved);
  });

  it("give a setting missing from an older stored object its default", async () => {
    const { staleListHours: _dropped, ...older } = { ...DEFAULT_SETTINGS, platformZone: "Asia/Shanghai" };
    await db.put("settings", older as typeof DEFAULT_SETTINGS, "settings");
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, platformZone: "Asia/Shanghai" });
  });
});

describe("seller marks", () => {
  it("set ticks, handled, note, snooze and language without touching what the page said", async () => {
    const row = storedDispute(1, "awaiting-seller", "2026-11-21T00:00:00.000Z");
    await db.put("disputes", row);
    await updateSellerMarks(db, row.disputeId, { checklist: { tracking: true } });
    const updated = await updateSellerMarks(db, row.disputeId, {
      checklist: { photos: true, tracking: false },
      handled: true,
      note: "sent photos",
      snoozedUntil: "2026-11-20T11:00:00.000Z",
      buyerLanguage: "es",
    });
    expect(updated).toEqual({
      ...row,
      checklist: { tracking: false, photos: true },
      handled: true,
      note: "sent photos",
      snoozedUntil: "2026-11-20T11:00:00.000Z",
      buyerLanguage: "es",
    });
    expect(await getDispute(db, row.disputeId)).toEqual(updated);
    await updateSellerMarks(db, row.disputeId, { snoozedUntil: null });
    expect((await getDispute(db, row.disputeId))?.snoozedUntil).toBeNull();
    expect((await getDispute(db, row.disputeId))?.note).toBe("sent photos");
  });

  it("answer undefined for a dispute not stored, and store nothing", async () => {
    expect(await updateSellerMarks(db, "404", { handled: true })).toBeUndefined();
    expect(await getAllDisputes(db)).toEqual([]);
  });
});

describe("reminders and timeline", () => {
  it("record sent reminders once per key", async () => {
    const reminder: SentReminder = {
      key: "1|R-RESPOND|2026-11-23T10:00:00.000Z|24",
      subjectId: "1",
      subjectKind: "dispute",
      rule: "R-RESPOND",
      dueAt: "2026-11-23T10:00:00.000Z",
      thresholdHours: 24,
      sentAt: NOW.toISOString(),
    };
    await recordSentReminders(db, [reminder, { ...reminder, key: "1|R-RESPOND|2026-11-23T10:00:00.000Z|6", thresholdHours: 6 }]);
    await recordSentReminders(db, [reminder]);
    expect((await getSentReminders(db)).map((r) => r.thresholdHours).sort()).toEqual([24, 6]);
  });

  it("lists a dispute's events oldest first, whatever order they were learnt in", async () => {
    await db.add("events", { disputeId: "1", kind: "status-change", at: "2026-11-20T09:00:00.000Z", seenAt: "2026-11-20T09:00:00.000Z" });
    await db.add("events", { disputeId: "2", kind: "opened", at: "2026-11-01T00:00:00.000Z", seenAt: "2026-11-20T09:00:00.000Z" });
    await db.add("events", { disputeId: "1", kind: "opened", at: "2026-11-18T00:00:00.000Z", seenAt: "2026-11-20T09:30:00.000Z" });
    expect((await getTimeline(db, "1")).map((e) => e.kind)).toEqual(["opened", "status-change"]);
  });
});

describe("getDisputeChannelIds", () => {
  it("lists each store of the stored disputes once", async () => {
    const db = await openSentinelDb(`queries-channels-${Math.random().toString(36).slice(2)}`);
    const tx = db.transaction("disputes", "readwrite");
    const row = (id: string, channelId: string | null) => ({ ...emptyDisputeRecord(id, "2026-11-20T00:00:00.000Z"), channelId });
    await Promise.all([tx.store.put(row("1", "2285755")), tx.store.put(row("2", "2285755")), tx.store.put(row("3", "901")), tx.store.put(row("4", null)), tx.done]);
    expect((await getDisputeChannelIds(db)).sort()).toEqual(["2285755", "901"]);
  });
});
