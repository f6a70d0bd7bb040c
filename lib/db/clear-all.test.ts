// Issue 10: "clear all data" empties every store at once; the summary says what would be lost.
import { emptyDisputeRecord, emptyOrderRecord } from "../model";
import { openSentinelDb } from "./open";
import { saveSettings, getSettings } from "./queries";
import { toStoredDispute } from "./to-stored-dispute";
import { clearAllData, summarizeStoredData } from "./clear-all";
import { DEFAULT_SETTINGS } from "../model";

const NOW = new Date("2026-11-20T00:00:00.000Z");

describe("clearAllData", () => {
  it("empties every store, settings included, and the summary counts what was there", async () => {
    const db = await openSentinelDb(`clear-${Math.random()}`, { now: () => NOW });
    const seen = NOW.toISOString();
    await db.put("disputes", toStoredDispute({ ...emptyDisputeRecord("6300000000000001", seen), status: "awaiting-seller", note: "call", checklist: { a: true, b: true, c: false } }, NOW));
    await db.put("disputes", toStoredDispute({ ...emptyDisputeRecord("6300000000000002", seen), status: "closed", note: " " }, NOW));
    await db.put("orders", emptyOrderRecord("8183974713700486", seen));
    await db.add("events", { disputeId: "6300000000000001", kind: "opened", at: seen, seenAt: seen });
    await db.put("reminders", { key: "k", subjectId: "6300000000000001", subjectKind: "dispute", rule: "R-RESPOND", dueAt: null, thresholdHours: 24, sentAt: seen });
    await db.put("listReads", { channelId: "2285755", lastReadAt: seen, lastCompleteReadAt: seen, loginExpiredAt: null });
    await saveSettings(db, { retentionDays: 30 });

    expect(await summarizeStoredData(db)).toEqual({ disputes: 2, openDisputes: 1, orders: 1, events: 1, notes: 1, ticks: 2 });
    await clearAllData(db);
    for (const name of db.objectStoreNames) expect(await db.count(name)).toBe(0);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await summarizeStoredData(db)).toEqual({ disputes: 0, openDisputes: 0, orders: 0, events: 0, notes: 0, ticks: 0 });
    db.close();
  });
});
