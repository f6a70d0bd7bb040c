import { IDBFactory } from "fake-indexeddb";
import { DEFAULT_SETTINGS, type DisputeRecord } from "../model";
import { openSentinelDb } from "../db/open";
import { getAllDisputes, getSettings } from "../db/queries";
import { toStoredDispute } from "../db/to-stored-dispute";
import { buildBackup, importBackup } from "./backup";
import { readBackup } from "./read-backup";
import { BACKUP_FORMAT } from "./backup-schema";

const NOW = new Date("2026-11-20T18:30:00.000Z");

function record(id: string, extra: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    disputeId: id, channelId: "2285755", shownDisputeId: null, orderId: "8183974713700486", status: "awaiting-seller", statusText: "等待您处理",
    reason: "damaged", reasonText: "货物破损", buyer: null, buyerCountry: null, productTitle: "Screwdriver set", refundRequested: { amount: 12.5, currency: "USD" },
    orderAmount: null, openedAt: "2026-11-18T10:00:00.000Z", updatedAt: null, buyerChangedAt: null, statusSince: "2026-11-18T10:00:00.000Z",
    pageDeadline: { at: "2026-11-23T10:00:00.000Z", text: "2天", readAt: "2026-11-20T10:00:00.000Z", status: "awaiting-seller" },
    trackingNumber: null, carrier: null, url: null, firstSeenAt: "2026-11-18T10:00:00.000Z", lastSeenAt: "2026-11-20T10:00:00.000Z", notSeenSince: null,
    checklist: {}, handled: false, note: "", buyerLanguage: null, snoozedUntil: null, ...extra,
  };
}

async function freshDb() {
  indexedDB = new IDBFactory();
  return openSentinelDb(`backup-${Math.random()}`, { now: () => NOW });
}

describe("backup round trip", () => {
  it("exports every dispute and the settings, and imports them into an empty profile", async () => {
    const source = await freshDb();
    await source.put("disputes", toStoredDispute(record("6351074783626585", { note: "called the carrier" }), NOW));
    const { json, fileName } = await buildBackup(source, NOW);
    expect(fileName).toBe("dispute-sentinel-backup-2026-11-20.json");
    const file = JSON.parse(json) as { format: string; version: number; disputes: unknown[] };
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString() });
    const target = await freshDb();
    const outcome = await importBackup(target, json, NOW);
    expect(outcome).toMatchObject({ ok: true, created: 1, updated: 0 });
    const [imported] = await getAllDisputes(target);
    expect(imported).toMatchObject({ disputeId: "6351074783626585", note: "called the carrier", nextSellerDeadline: "2026-11-23T10:00:00.000Z" });
  });

  it("merges by dispute id: newer reading wins, ticks and notes are kept", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record("6351074783626585", { status: "awaiting-seller", checklist: { "packing-video": true }, note: "ours", lastSeenAt: "2026-11-20T10:00:00.000Z" }), NOW));
    const file = {
      format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS,
      disputes: [record("6351074783626585", { status: "closed", statusText: "已结束", pageDeadline: null, checklist: { "chat-log": true }, note: "theirs", lastSeenAt: "2026-11-20T12:00:00.000Z" })],
    };
    const outcome = await importBackup(db, JSON.stringify(file), NOW);
    expect(outcome).toMatchObject({ ok: true, created: 0, updated: 1 });
    const [merged] = await getAllDisputes(db);
    expect(merged).toMatchObject({ status: "closed", checklist: { "packing-video": true, "chat-log": true }, note: "ours\ntheirs" });
  });

  it("refuses a bad file with the reason and changes nothing", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record("6351074783626585"), NOW));
    const before = await getAllDisputes(db);
    const good = { format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), settings: { ...DEFAULT_SETTINGS, staleListHours: 48 }, disputes: [record("6351074783626585", { note: "x" }), record("6319677041676999")] };
    const broken = JSON.parse(JSON.stringify(good)) as { disputes: Array<Record<string, unknown>> };
    broken.disputes[1]!.status = "exploded";
    const outcome = await importBackup(db, JSON.stringify(broken), NOW);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("disputes.1.status");
    expect(await getAllDisputes(db)).toEqual(before);
    expect((await getSettings(db)).staleListHours).toBe(DEFAULT_SETTINGS.staleListHours);
  });
});

describe("readBackup", () => {
  const base = { format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, disputes: [record("6351074783626585")] };
  it.each<[string, string, string]>([
    ["not JSON", "{oops", "not valid JSON"],
    ["another format", JSON.stringify({ ...base, format: "other" }), "not a Dispute Sentinel backup"],
    ["a newer version", JSON.stringify({ ...base, version: 3 }), "newer version"],
    ["a prototype key", JSON.stringify(base).replace('"disputes":', '"__proto__":{"x":1},"disputes":'), "forbidden key"],
    ["duplicate ids", JSON.stringify({ ...base, disputes: [record("6351074783626585"), record("6351074783626585")] }), "twice"],
    ["an unknown field", JSON.stringify({ ...base, disputes: [{ ...record("6351074783626585"), extra: 1 }] }), "disputes.0"],
    ["an id as a number", JSON.stringify({ ...base, disputes: [{ ...record("6351074783626585"), disputeId: 6351074783626585 }] }), "disputes.0.disputeId"],
    ["a bad time", JSON.stringify({ ...base, disputes: [record("6351074783626585", { lastSeenAt: "yesterday" })] }), "lastSeenAt"],
    ["a time without its zone", JSON.stringify({ ...base, disputes: [record("6351074783626585", { lastSeenAt: "2026-11-20T10:00" })] }), "lastSeenAt"],
    ["an address outside the seller center", JSON.stringify({ ...base, disputes: [record("6351074783626585", { url: "https://evil.example/?reverseOrderLineId=1" })] }), "disputes.0.url"],
    ["an unknown time zone", JSON.stringify({ ...base, settings: { ...DEFAULT_SETTINGS, platformZone: "Mars/Base" } }), "settings.platformZone"],
    ["a quiet hour past midnight", JSON.stringify({ ...base, settings: { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: "25:00", end: "08:00" } } }), "settings.quietHours.start"],
    ["a rule that does not exist", JSON.stringify({ ...base, settings: { ...DEFAULT_SETTINGS, ruleHours: { "R-NOPE": 5 } } }), "settings.ruleHours"],
  ])("refuses %s", (_name, text, reason) => {
    const result = readBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it("refuses an oversized file before parsing it", () => {
    const result = readBackup(" ".repeat(20_000_001));
    expect(!result.ok && result.reason).toContain("larger than");
  });

  it("migrates a version 1 file", () => {
    const v1 = {
      format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS,
      disputes: [{ disputeId: "6351074783626585", orderId: null, status: "awaiting-seller", reason: "quality", deadline: "2026-11-23T10:00:00.000Z", firstSeenAt: NOW.toISOString(), lastSeenAt: NOW.toISOString(), note: "n" }],
    };
    const result = readBackup(JSON.stringify(v1));
    expect(result.ok && result.backup.version).toBe(2);
    expect(result.ok && result.backup.disputes[0]).toMatchObject({ note: "n", checklist: {}, pageDeadline: { at: "2026-11-23T10:00:00.000Z", status: "awaiting-seller" } });
  });
});
