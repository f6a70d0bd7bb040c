// Issue 10: "clear all data" empties every store at once, the seller's reply templates too; the summary says
// what would be lost.
import { emptyDisputeRecord, emptyOrderRecord } from "../model";
import { openSentinelDb } from "./open";
import { saveSettings, getSettings } from "./queries";
import { toStoredDispute } from "./to-stored-dispute";
import { clearAllData, summarizeStoredData } from "./clear-all";
import { DEFAULT_SETTINGS } from "../model";
import { hiddenBuiltIn } from "../replies/seller-templates";
import { getReplyTemplates, putReplyTemplate } from "./reply-templates";

const NOW = new Date("2026-11-20T00:00:00.000Z");

describe("clearAllData", () => {
  it("empties every store, settings and reply templates included, and the summary counts what was there", async () => {
    const db = await openSentinelDb(`clear-${Math.random()}`, { now: () => NOW });
    const seen = NOW.toISOString();
    await db.put("disputes", toStoredDispute({ ...emptyDisputeRecord("6300000000000001", seen), status: "awaiting-seller", note: "call", checklist: { a: true, b: true, c: false } }, NOW));
    await db.put("disputes", toStoredDispute({ ...emptyDisputeRecord("6300000000000002", seen), status: "closed", note: " " }, NOW));
    await db.put("orders", emptyOrderRecord("8183974713700486", seen));
    await db.add("events", { disputeId: "6300000000000001", kind: "opened", at: seen, seenAt: seen });
    await db.put("reminders", { key: "k", subjectId: "6300000000000001", subjectKind: "dispute", rule: "R-RESPOND", dueAt: null, thresholdHours: 24, sentAt: seen });
    await db.put("listReads", { channelId: "2285755", lastReadAt: seen, lastCompleteReadAt: seen, loginExpiredAt: null });
    await saveSettings(db, { retentionDays: 30 });
    await putReplyTemplate(db, { key: "en/own-abc123", id: "own-abc123", language: "en", title: "Mine", text: "Hello", hidden: false, reasons: [], statuses: [], updatedAt: seen });
    await putReplyTemplate(db, hiddenBuiltIn("ask-to-wait", "zh", NOW));

    expect(await summarizeStoredData(db)).toEqual({ disputes: 2, openDisputes: 1, orders: 1, events: 1, notes: 1, ticks: 2, replyTemplates: 2 });
    // Every store holds something, so "every store is empty" below proves each one was cleared.
    for (const name of db.objectStoreNames) expect({ name, count: await db.count(name) }).not.toMatchObject({ count: 0 });
    await clearAllData(db);
    for (const name of db.objectStoreNames) expect({ name, count: await db.count(name) }).toEqual({ name, count: 0 });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await getReplyTemplates(db)).toEqual([]);
    expect(await summarizeStoredData(db)).toEqual({ disputes: 0, openDisputes: 0, orders: 0, events: 0, notes: 0, ticks: 0, replyTemplates: 0 });
    db.close();
  });
});
