import { openDB } from "idb";
import { DEFAULT_SETTINGS } from "../model";
import { disputeRecordFromV1 } from "./migrations";
import { DB_VERSION, openSentinelDb } from "./open";
import type { DisputeRowV1, EventRowV1, SentinelDbV1, SentinelDbV2, StoredDispute } from "./schema";
import { emptyDisputeRecord, emptyOrderRecord } from "../model";
import { getReplyTemplates, putReplyTemplate } from "./reply-templates";
import { hiddenBuiltIn } from "../replies/seller-templates";

let counter = 0;
const uniqueName = (): string => `sentinel-migration-${Date.now()}-${counter++}`;
const NOW = new Date("2026-11-20T10:00:00.000Z");

const v1Row = (overrides: Partial<DisputeRowV1>): DisputeRowV1 => ({
  disputeId: "6351074783626585",
  orderId: "8183974713700486",
  status: "awaiting-seller",
  statusText: "等待您处理",
  reason: "not-received",
  productTitle: "Phone case",
  deadline: "2026-11-23T10:00:00.000Z",
  deadlineText: "4天23小时",
  url: "https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=6351074783626585",
  firstSeenAt: "2026-11-18T10:00:00.000Z",
  lastSeenAt: "2026-11-19T10:00:00.000Z",
  ...overrides,
});

/** A database exactly as the first release left it, written with the raw idb API (not our migration code). */
async function createV1Database(name: string, rows: DisputeRowV1[], events: EventRowV1[]): Promise<void> {
  const db = await openDB<SentinelDbV1>(name, 1, {
    upgrade(v1) {
      v1.createObjectStore("disputes", { keyPath: "disputeId" }).createIndex("by-status", "status");
      v1.createObjectStore("events", { keyPath: "id", autoIncrement: true }).createIndex("by-dispute", "disputeId");
    },
  });
  const tx = db.transaction(["disputes", "events"], "readwrite");
  await Promise.all([
    ...rows.map((row) => tx.objectStore("disputes").put(row)),
    ...events.map((event) => tx.objectStore("events").add(event)),
    tx.done,
  ]);
  db.close();
}

describe("openSentinelDb on a fresh profile", () => {
  it("creates every store of the current version", async () => {
    const db = await openSentinelDb(uniqueName(), { now: () => NOW });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["disputes", "events", "listReads", "orders", "reminders", "replyTemplates", "settings"]);
    expect([...db.transaction("disputes").store.indexNames].sort()).toEqual(["by-channel", "by-next-deadline", "by-order", "by-status"]);
    db.close();
  });
});

describe("migration v1 → v2", () => {
  const open = v1Row({ disputeId: "1000000000000001" });
  const closed = v1Row({ disputeId: "1000000000000002", status: "closed", deadline: "2026-11-21T10:00:00.000Z" });
  const oddStatus = v1Row({ disputeId: "1000000000000003", status: "something new", reason: "nope", deadline: null, deadlineText: null });
  const events: EventRowV1[] = [
    { disputeId: open.disputeId, kind: "opened", at: "2026-11-18T09:00:00.000Z", seenAt: "2026-11-18T10:00:00.000Z" },
    { disputeId: closed.disputeId, kind: "closed", at: "2026-11-19T10:00:00.000Z", seenAt: "2026-11-19T10:00:00.000Z" },
  ];

  it("converts every stored dispute to a full record with the seller's marks at their defaults", async () => {
    const name = uniqueName();
    await createV1Database(name, [open, closed, oddStatus], events);
    const db = await openSentinelDb(name, { now: () => NOW });
    const migrated = await db.get("disputes", open.disputeId);
    expect(migrated).toEqual({
      ...disputeRecordFromV1(open),
      nextSellerDeadline: "2026-11-23T10:00:00.000Z",
    });
    expect(migrated).toMatchObject({
      status: "awaiting-seller",
      reason: "not-received",
      channelId: null,
      checklist: {},
      handled: false,
      note: "",
      buyerLanguage: null,
      snoozedUntil: null,
      notSeenSince: null,
      pageDeadline: { at: "2026-11-23T10:00:00.000Z", text: "4天23小时", readAt: open.lastSeenAt, status: "awaiting-seller" },
    });
    // A finished dispute keeps no clock; an unrecognised status or reason becomes "unknown", its text kept.
    expect(await db.get("disputes", closed.disputeId)).toMatchObject({ status: "closed", pageDeadline: null });
    expect(await db.get("disputes", closed.disputeId)).not.toHaveProperty("nextSellerDeadline");
    expect(await db.get("disputes", oddStatus.disputeId)).toMatchObject({ status: "unknown", reason: "unknown", statusText: "等待您处理" });
    db.close();
  });

  it("fills the new indexes from the converted rows", async () => {
    const name = uniqueName();
    await createV1Database(name, [open, closed, oddStatus], events);
    const db = await openSentinelDb(name, { now: () => NOW });
    const byDeadline = await db.getAllFromIndex("disputes", "by-next-deadline");
    expect(byDeadline.map((row) => row.disputeId)).toEqual([open.disputeId]);
    expect((await db.getAllFromIndex("disputes", "by-status", "closed")).map((row) => row.disputeId)).toEqual([closed.disputeId]);
    expect((await db.getAllFromIndex("disputes", "by-order", open.orderId ?? "")).length).toBe(3);
    db.close();
  });

  it("keeps the timeline and its index", async () => {
    const name = uniqueName();
    await createV1Database(name, [open, closed], events);
    const db = await openSentinelDb(name, { now: () => NOW });
    const timeline = await db.getAllFromIndex("events", "by-dispute", open.disputeId);
    expect(timeline).toEqual([{ ...events[0], id: 1 }]);
    // New events continue the old key sequence.
    expect(await db.add("events", { disputeId: open.disputeId, kind: "updated", at: NOW.toISOString(), seenAt: NOW.toISOString() })).toBe(3);
    db.close();
  });

  it("opens the new stores ready for use", async () => {
    const name = uniqueName();
    await createV1Database(name, [open], []);
    const db = await openSentinelDb(name, { now: () => NOW });
    await db.put("settings", { ...DEFAULT_SETTINGS, staleListHours: 12 }, "settings");
    await db.put("listReads", { channelId: "1", lastReadAt: null, lastCompleteReadAt: null, loginExpiredAt: null });
    expect((await db.get("settings", "settings"))?.staleListHours).toBe(12);
    expect(await db.count("listReads")).toBe(1);
    db.close();
  });

  it("runs once: reopening the upgraded database changes nothing", async () => {
    const name = uniqueName();
    await createV1Database(name, [open], []);
    const first = await openSentinelDb(name, { now: () => NOW });
    await first.put("disputes", { ...((await first.get("disputes", open.disputeId)) ?? disputeRecordFromV1(open)), note: "mine" });
    first.close();
    const again = await openSentinelDb(name, { now: () => new Date("2027-01-01T00:00:00.000Z") });
    expect((await again.get("disputes", open.disputeId))?.note).toBe("mine");
    again.close();
  });
});

/** A database exactly as release 2 left it, written with the raw idb API (not our migration code). */
async function createV2Database(name: string, dispute: StoredDispute): Promise<void> {
  const db = await openDB<SentinelDbV2>(name, 2, {
    upgrade(v2) {
      const disputes = v2.createObjectStore("disputes", { keyPath: "disputeId" });
      disputes.createIndex("by-status", "status");
      disputes.createIndex("by-next-deadline", "nextSellerDeadline");
      disputes.createIndex("by-channel", "channelId");
      disputes.createIndex("by-order", "orderId");
      v2.createObjectStore("events", { keyPath: "id", autoIncrement: true }).createIndex("by-dispute", "disputeId");
      v2.createObjectStore("orders", { keyPath: "orderId" }).createIndex("by-channel", "channelId");
      v2.createObjectStore("reminders", { keyPath: "key" }).createIndex("by-subject", "subjectId");
      v2.createObjectStore("settings");
      v2.createObjectStore("listReads", { keyPath: "channelId" });
    },
  });
  const seen = "2026-11-19T10:00:00.000Z";
  await db.put("disputes", dispute);
  await db.put("orders", { ...emptyOrderRecord(dispute.orderId ?? "", seen), shippedAt: "2026-11-01T02:00:00.000Z" });
  await db.add("events", { disputeId: dispute.disputeId, kind: "opened", at: seen, seenAt: seen });
  await db.put("settings", { ...DEFAULT_SETTINGS, staleListHours: 12 }, "settings");
  db.close();
}

describe("migration v2 → v3", () => {
  const dispute: StoredDispute = {
    ...emptyDisputeRecord("6351074783626585", "2026-11-18T10:00:00.000Z"),
    orderId: "8183974713700486",
    status: "awaiting-seller",
    buyerLanguage: "pt",
    checklist: { "all-chat": true },
    nextSellerDeadline: "2026-11-23T10:00:00.000Z",
  };

  it("adds the seller's reply templates store and leaves every v2 row as it was", async () => {
    const name = uniqueName();
    await createV2Database(name, dispute);
    const db = await openSentinelDb(name, { now: () => NOW });
    expect(db.version).toBe(3);
    expect(await db.get("disputes", dispute.disputeId)).toEqual(dispute);
    expect((await db.get("orders", "8183974713700486"))?.shippedAt).toBe("2026-11-01T02:00:00.000Z");
    expect(await db.count("events")).toBe(1);
    expect((await db.get("settings", "settings"))?.staleListHours).toBe(12);
    expect(await getReplyTemplates(db)).toEqual([]);
    const hidden = hiddenBuiltIn("ask-to-wait", "en", NOW);
    await putReplyTemplate(db, hidden);
    expect(await getReplyTemplates(db)).toEqual([hidden]);
    db.close();
  });

  it("keeps the templates when reopened, and skips a row that is not a template", async () => {
    const name = uniqueName();
    await createV2Database(name, dispute);
    const first = await openSentinelDb(name, { now: () => NOW });
    await putReplyTemplate(first, hiddenBuiltIn("ask-to-wait", "de", NOW));
    await first.put("replyTemplates", { key: "en/own-x", id: "own-x" } as never);
    first.close();
    const again = await openSentinelDb(name, { now: () => NOW });
    expect((await getReplyTemplates(again)).map((template) => template.key)).toEqual(["de/ask-to-wait"]);
    again.close();
  });
});
