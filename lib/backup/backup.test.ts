// Issue 10 "Proof": export → clear → import gives back the same database (the seller's reply templates of
// issue 12 included); every kind of bad file is refused with its reason and leaves every store byte for byte as
// it was; older files migrate; merges lose nothing.
import type { IDBPDatabase } from "idb";
import { DEFAULT_SETTINGS, type DisputeEvent, type DisputeRecord, type OrderRecord, type Settings } from "../model";
import { openSentinelDb } from "../db/open";
import { getAllDisputes, getAllOrders, getSettings, saveSettings, updateSellerMarks } from "../db/queries";
import type { SentinelDb } from "../db/schema";
import { toStoredDispute } from "../db/to-stored-dispute";
import { clearAllData } from "../db/clear-all";
import { getReplyTemplates, putReplyTemplate } from "../db/reply-templates";
import { checkSellerTemplate, hiddenBuiltIn, type SellerReplyTemplate } from "../replies/seller-templates";
import { dumpDatabase } from "../db/testing/dump-database";
import { applyReading } from "../tracker/apply-reading";
import { detailUrl, disputeReading, listReading, orderReading } from "../tracker/testing/readings";
import { buildBackup, importBackup, type ImportResult } from "./backup";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-schema";
import { describeBackupProblem, describeImportResult, type BackupProblem } from "./backup-problem";
import { looksTruncated, readBackup } from "./read-backup";

const NOW = new Date("2026-11-20T18:30:00.000Z");
const A = "6351074783626585";
const B = "6319677041676999";
const C = "6300000000000001";

let counter = 0;
const open: IDBPDatabase<SentinelDb>[] = [];
async function freshDb(): Promise<IDBPDatabase<SentinelDb>> {
  const db = await openSentinelDb(`backup-${counter++}-${Math.random()}`, { now: () => NOW });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

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

const SEEDED_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  uiLanguage: "zh",
  ruleHours: { "R-RESPOND": 96 },
  quietHours: { enabled: true, start: "22:30", end: "07:00" },
  staleListHours: 48,
  retentionDays: 90,
};

/** A template the options page's editor stored (checked as the background checks it). */
function savedTemplate(draft: Partial<Omit<SellerReplyTemplate, "key" | "hidden" | "updatedAt">>, at: string, newId = "own-abc123"): SellerReplyTemplate {
  const checked = checkSellerTemplate({ id: null, language: "en", title: "T", text: "Hello {buyer}", reasons: [], statuses: [], ...draft }, new Date(at), () => newId);
  if (!checked.ok) throw new Error(`test template refused: ${checked.problem.kind}`);
  return checked.template;
}

/** The seller's templates: one of their own, a built-in reworded in Portuguese, a built-in hidden in Chinese. */
const SEEDED_TEMPLATES: SellerReplyTemplate[] = [
  savedTemplate(
    { title: "Tracking, short", text: "Your parcel {trackingNumber} ({carrier}) is on its way.\nThank you!", reasons: ["not-received"], statuses: ["awaiting-seller"] },
    "2026-11-19T09:00:00.000Z",
  ),
  savedTemplate({ id: "tracking-update", language: "pt", title: "Rastreio", text: "O seu pedido {orderId} foi enviado." }, "2026-11-19T10:00:00.000Z"),
  hiddenBuiltIn("ask-to-wait", "zh", new Date("2026-11-19T11:00:00.000Z")),
];

/**
 * A profile as use makes it: three disputes read from a list, one of them later closed, an order read from its
 * page (the buyer's country), timeline events of every reading, the seller's ticks, notes and handled mark.
 */
async function seededDb(): Promise<IDBPDatabase<SentinelDb>> {
  const db = await freshDb();
  const t1 = "2026-11-18T12:00:00.000Z";
  const t2 = "2026-11-19T12:00:00.000Z";
  await applyReading(
    db,
    listReading(t1, [
      disputeReading({ disputeId: A }),
      disputeReading({ disputeId: B, orderId: "8183974713700999", buyer: "李**", productTitle: "手机壳, 黑色 \"加厚\"", reason: "quality" }),
      disputeReading({ disputeId: C, orderId: "8183974713700111", status: "awaiting-buyer", statusText: "等待买家响应", deadline: null, deadlineText: null }),
    ]),
    new Date(t1),
    DEFAULT_SETTINGS,
  );
  await applyReading(db, listReading(t2, [disputeReading({ disputeId: C, orderId: "8183974713700111", status: "closed", statusText: "已结束", deadline: null, deadlineText: null })]), new Date(t2), DEFAULT_SETTINGS);
  await applyReading(
    db,
    { kind: "order-detail", pageState: "ok", url: "https://csp.aliexpress.com/m_apps/order-manage/detail?orderId=8183974713700486", readAt: t2, disputes: [], orders: [orderReading()], warnings: [], channelId: "2285755" },
    new Date(t2),
    DEFAULT_SETTINGS,
  );
  await applyReading(
    db,
    {
      kind: "dispute-detail", pageState: "ok", url: detailUrl(B), readAt: t2, orders: [], warnings: [], channelId: "2285755",
      disputes: [disputeReading({ disputeId: B, orderId: "8183974713700999", reason: "quality", history: [{ at: "2026-11-19T08:00:00.000Z", actor: "buyer", text: "买家修改了退款金额" }] })],
    },
    new Date(t2),
    DEFAULT_SETTINGS,
  );
  await updateSellerMarks(db, A, { checklist: { "packing-video": true, "chat-log": false }, note: "called the carrier\n=SUM(1)", handled: true });
  await updateSellerMarks(db, B, { note: "买家说包裹破损", buyerLanguage: "zh", snoozedUntil: "2026-11-21T00:00:00.000Z" });
  await saveSettings(db, SEEDED_SETTINGS);
  for (const template of SEEDED_TEMPLATES) await putReplyTemplate(db, template);
  return db;
}

/** The seller's data as a comparable value: what a backup carries. Event keys are the profile's own, so left out. */
async function sellerData(db: IDBPDatabase<SentinelDb>) {
  const tx = db.transaction(["disputes", "orders", "events", "replyTemplates"], "readonly");
  const [disputes, orders, events, replyTemplates] = await Promise.all([
    tx.objectStore("disputes").getAll(),
    tx.objectStore("orders").getAll(),
    tx.objectStore("events").getAll(),
    tx.objectStore("replyTemplates").getAll(),
    tx.done,
  ]);
  return { disputes, orders, events: events.map(({ id: _key, ...event }) => event), replyTemplates, settings: await getSettings(db) };
}

describe("backup round trip", () => {
  it("export → clear all → import gives back every dispute, order, timeline event, tick, note, reply template and setting", async () => {
    const db = await seededDb();
    const before = await sellerData(db);
    // The profile really holds all of it: the proof would be empty otherwise.
    expect(before.disputes).toHaveLength(3);
    expect(before.orders.length).toBeGreaterThanOrEqual(1);
    expect(before.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["opened", "status-change", "closed", "buyer-change"]));
    expect(before.replyTemplates).toHaveLength(SEEDED_TEMPLATES.length);

    const { json, fileName } = await buildBackup(db, NOW);
    expect(fileName).toBe("dispute-sentinel-backup-2026-11-20.json");
    expect(JSON.parse(json)).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString() });

    await clearAllData(db);
    expect(await sellerData(db)).toMatchObject({ disputes: [], replyTemplates: [] });

    const outcome = await importBackup(db, json, NOW);
    expect(outcome).toEqual({ ok: true, disputes: 3, created: 3, updated: 0, orders: before.orders.length, events: before.events.length, templates: SEEDED_TEMPLATES.length });
    expect(await sellerData(db)).toEqual(before);
  });

  it("into another, empty profile: the same data there", async () => {
    const source = await seededDb();
    const { json } = await buildBackup(source, NOW);
    const target = await freshDb();
    await importBackup(target, json, NOW);
    expect(await sellerData(target)).toEqual(await sellerData(source));
  });

  it("importing a profile's own backup again changes nothing, byte for byte", async () => {
    const db = await seededDb();
    const { json } = await buildBackup(db, NOW);
    const before = await dumpDatabase(db);
    const outcome = await importBackup(db, json, NOW);
    expect(outcome).toMatchObject({ ok: true, created: 0, updated: 3, events: 0 });
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe("refused files change nothing", () => {
  type Rows = Array<Record<string, unknown>>;
  const validFile = async () => JSON.parse((await buildBackup(await seededDb(), NOW)).json) as Record<string, unknown> & { disputes: Rows; orders: Rows; events: Rows; replyTemplates: Rows; settings: Record<string, unknown> };
  /** The seeded file with one field of its first reply template (the seller's own, "en/own-abc123") set. */
  const withTemplateField = async (field: string, value: unknown) => {
    const f = await validFile();
    f.replyTemplates[0]![field] = value;
    return JSON.stringify(f);
  };

  type Case = [name: string, make: () => Promise<string>, kind: BackupProblem["kind"], en: string, zh: string];
  const cases: Case[] = [
    ["broken (not JSON)", async () => "this is not { json", "not-json", "its content is not JSON", "内容不是 JSON"],
    ["truncated", async () => { const text = JSON.stringify(await validFile()); return text.slice(0, Math.floor(text.length * 0.6)); }, "not-json", "The file is incomplete", "文件不完整"],
    ["of another format", async () => JSON.stringify({ ...(await validFile()), format: "other-extension-backup" }), "not-backup", "This is not a Dispute Sentinel backup file.", "这不是纠纷哨兵的备份文件"],
    ["a JSON array", async () => "[1,2,3]", "not-backup", "not a Dispute Sentinel backup", "不是纠纷哨兵的备份文件"],
    ["without a version", async () => JSON.stringify({ ...(await validFile()), version: "3" }), "no-version", "does not say which backup version", "没有注明备份版本"],
    ["of a newer version", async () => JSON.stringify({ ...(await validFile()), version: BACKUP_VERSION + 1 }), "newer-version", `backup version ${BACKUP_VERSION + 1}; this one reads up to version ${BACKUP_VERSION}`, "请先更新扩展"],
    ["oversized", async () => `{"format":"${BACKUP_FORMAT}","pad":"${"x".repeat(20_000_001)}"}`, "too-large", "larger than 20 MB", "大于 20 MB"],
    ["with __proto__ in a dispute", async () => JSON.stringify(await validFile()).replace(`"disputeId":"${A}"`, `"__proto__":{"handled":true},"disputeId":"${A}"`), "forbidden-key", "“__proto__”", "“__proto__”"],
    ["with constructor in the settings", async () => JSON.stringify(await validFile()).replace('"settings":{', '"settings":{"constructor":{"prototype":{"polluted":1}},'), "forbidden-key", "refused for safety", "为安全起见拒绝导入"],
    ["listing a dispute twice", async () => { const f = await validFile(); return JSON.stringify({ ...f, disputes: [...f.disputes, f.disputes[0]] }); }, "duplicate-id", "lists dispute", "出现了两次"],
    ["listing an order twice", async () => { const f = await validFile(); return JSON.stringify({ ...f, orders: [...f.orders, f.orders[0]] }); }, "duplicate-id", "lists order 8183974713700486 twice", "订单 8183974713700486 出现了两次"],
    ["with an unknown status in its last dispute", async () => { const f = await validFile(); f.disputes[2]!.status = "exploded"; return JSON.stringify(f); }, "invalid-field", "dispute no. 3", "第 3 个纠纷"],
    ["with an id as a number", async () => JSON.stringify(await validFile()).replace(`"disputeId":"${B}"`, `"disputeId":${B}`), "invalid-field", "field “disputeId”: the wrong kind of value", "值的类型不对"],
    ["with an id that is not digits", async () => JSON.stringify(await validFile()).replace(`"orderId":"8183974713700999"`, `"orderId":"81839747137009x9"`), "invalid-field", "not an id of digits", "不是纯数字的编号"],
    ["with an unparseable date", async () => { const f = await validFile(); f.disputes[1]!.lastSeenAt = "2026-13-45T99:00:00Z"; return JSON.stringify(f); }, "invalid-field", "not a date and time with its time zone", "不是带时区的日期时间"],
    ["with a time without its zone", async () => { const f = await validFile(); f.orders[0]!.paidAt = "2026-11-01T10:00"; return JSON.stringify(f); }, "invalid-field", "order no. 1 (8183974713700486), field “paidAt”", "第 1 个订单（8183974713700486）的字段“paidAt”"],
    ["with a negative refund", async () => { const f = await validFile(); f.disputes[0]!.refundRequested = { amount: -5, currency: "USD" }; return JSON.stringify(f); }, "invalid-field", "refundRequested.amount", "过小"],
    ["with an unknown field", async () => { const f = await validFile(); f.disputes[0]!.evil = 1; return JSON.stringify(f); }, "invalid-field", "unknown field “evil”", "未知字段“evil”"],
    ["with a retention out of range", async () => { const f = await validFile(); f.settings.retentionDays = 0; return JSON.stringify(f); }, "invalid-field", "setting “retentionDays”: too small", "设置项“retentionDays”：过小"],
    ["with an address outside the seller center", async () => { const f = await validFile(); f.disputes[0]!.url = "https://evil.example/?reverseOrderLineId=1"; return JSON.stringify(f); }, "invalid-field", "not a seller-center address", "不是卖家后台的网址"],
    ["with a timeline event of a dispute it lacks", async () => { const f = await validFile(); f.events[0]!.disputeId = "6399999999999999"; return JSON.stringify(f); }, "event-without-dispute", "belongs to dispute 6399999999999999", "纠纷 6399999999999999"],
    ["with an unknown timeline event kind", async () => { const f = await validFile(); f.events[1]!.kind = "hacked"; return JSON.stringify(f); }, "invalid-field", "timeline event no. 2", "第 2 条时间线记录"],
    // The seller's reply templates (issue 12), held to what the editor lets through.
    ["listing a reply template twice", async () => { const f = await validFile(); return JSON.stringify({ ...f, replyTemplates: [...f.replyTemplates, f.replyTemplates[1]] }); }, "duplicate-id", "The file lists reply template pt/tracking-update twice.", "文件中回复模板 pt/tracking-update 出现了两次。"],
    ["with a reply template named like no template", async () => { const f = await validFile(); f.replyTemplates[0]!.id = "evil"; f.replyTemplates[0]!.key = "en/evil"; return JSON.stringify(f); }, "invalid-field", "reply template no. 1 (en/evil), field “id”: not the name of a reply template (“evil”)", "第 1 个回复模板（en/evil）的字段“id”：不是回复模板的编号（“evil”）"],
    ["with a reply template whose key is another's", async () => withTemplateField("key", "pt/tracking-update"), "invalid-field", "field “key”: not the template's language and name", "与模板的语言和编号不符"],
    ["with a reply template in an unknown language", async () => withTemplateField("language", "xx"), "invalid-field", "field “language”: a value this version does not know (“xx”)", "当前版本不认识的值（“xx”）"],
    ["with a reply template's title too long", async () => withTemplateField("title", "t".repeat(81)), "invalid-field", "reply template no. 1 (en/own-abc123), field “title”: too long", "第 1 个回复模板（en/own-abc123）的字段“title”：过长"],
    ["with a reply template's text empty", async () => withTemplateField("text", "  "), "invalid-field", "field “text”: empty", "的字段“text”：为空"],
    ["with a misspelt placeholder in a reply template", async () => withTemplateField("text", "Tracking: {traking}"), "invalid-field", "field “text”: a placeholder this version does not know (“{traking}”)", "含有当前版本不认识的占位符（“{traking}”）"],
    ["with a reply template's text as a number", async () => withTemplateField("text", 5), "invalid-field", "field “text”: the wrong kind of value", "值的类型不对"],
    ["with an unknown reason on a reply template", async () => withTemplateField("reasons", ["not-received", "bribery"]), "invalid-field", "field “reasons.1”: a value this version does not know (“bribery”)", "“reasons.1”"],
    ["with the seller's own reply template hidden", async () => withTemplateField("hidden", true), "invalid-field", "field “hidden”: only a built-in reply can be hidden", "只有内置回复可以隐藏"],
    ["with a reply template's time without its zone", async () => withTemplateField("updatedAt", "2026-11-19T09:00"), "invalid-field", "field “updatedAt”: not a date and time with its time zone", "不是带时区的日期时间"],
    ["with an unknown field in a reply template", async () => withTemplateField("html", "<b>"), "invalid-field", "unknown field “html”", "未知字段“html”"],
    ["with __proto__ in a reply template", async () => JSON.stringify(await validFile()).replace('"key":"en/own-abc123"', '"__proto__":{"hidden":true},"key":"en/own-abc123"'), "forbidden-key", "“__proto__”", "“__proto__”"],
    ["of version 4 without its reply templates", async () => { const { replyTemplates: _dropped, ...f } = await validFile(); return JSON.stringify(f); }, "invalid-field", "the list of reply templates: missing", "回复模板列表：缺失"],
  ];

  it.each(cases)("a file %s is refused with its reason, in English and Chinese", async (_name, make, kind, en, zh) => {
    const db = await seededDb();
    const text = await make();
    const before = await dumpDatabase(db);
    const outcome = await importBackup(db, text, NOW);
    expect(outcome.ok).toBe(false);
    const problem = (outcome as Extract<ImportResult, { ok: false }>).problem;
    expect(problem.kind).toBe(kind);
    const english = describeBackupProblem(problem, "en");
    const chinese = describeBackupProblem(problem, "zh");
    expect(english).toContain(en);
    expect(english).toMatch(/Nothing was changed\.$/);
    expect(chinese).toContain(zh);
    expect(chinese).toMatch(/未做任何更改。$/);
    // Plain words: no zod internals, no "undefined", no unfilled placeholder.
    for (const text of [english, chinese]) expect(text).not.toMatch(/undefined|Invalid input|\[\w+\]|ZodError/);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it("nothing of a prototype key reaches an object: the settings prototype is untouched", async () => {
    const db = await seededDb();
    const text = JSON.stringify(await validFile()).replace('"settings":{', '"settings":{"__proto__":{"polluted":"yes"},');
    expect((await importBackup(db, text, NOW)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("the disputes of a file are not written when one of its reply templates is bad", async () => {
    const db = await freshDb();
    const before = await dumpDatabase(db);
    const good = SEEDED_TEMPLATES[0]!;
    const file = {
      format: BACKUP_FORMAT, version: 4, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, orders: [], events: [], disputes: [record(A)],
      replyTemplates: [good, { ...good, key: "en/own-second", id: "own-second", title: "" }],
    };
    const outcome = await importBackup(db, JSON.stringify(file), NOW);
    expect(!outcome.ok && describeBackupProblem(outcome.problem, "en")).toBe(
      "The file is damaged: reply template no. 2 (en/own-second), field “title”: empty. Nothing was changed.",
    );
    expect(await dumpDatabase(db)).toBe(before);
  });

  it("a valid first dispute is not written when a later one is bad (not even partly)", async () => {
    const db = await freshDb();
    const before = await dumpDatabase(db);
    const file = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, orders: [], events: [], disputes: [record(A), { ...record(B), status: "exploded" }] };
    expect((await importBackup(db, JSON.stringify(file), NOW)).ok).toBe(false);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it("says how many more problems a file has", () => {
    const file = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, orders: [], events: [], disputes: [{ ...record(A), status: "x", reason: "y" }] };
    const result = readBackup(JSON.stringify(file));
    expect(!result.ok && describeBackupProblem(result.problem, "en")).toBe(
      `The file is damaged: dispute no. 1 (${A}), field “status”: a value this version does not know (“x”). It has 1 more problem(s). Nothing was changed.`,
    );
    expect(!result.ok && describeBackupProblem(result.problem, "zh")).toBe(
      `文件已损坏：第 1 个纠纷（${A}）的字段“status”：当前版本不认识的值（“x”）。另有 1 处问题。未做任何更改。`,
    );
  });
});

/** The settings v1 and v2 files hold: exactly these seven (backup-schema.ts settingsSchemaV2). */
const V2_SETTINGS = {
  uiLanguage: "auto", platformZone: "America/Los_Angeles", ruleHours: {}, disputeThresholdsHours: [72, 24, 6, 1], orderThresholdsHours: [24, 6, 1],
  quietHours: { enabled: false, start: "22:00", end: "08:00" }, staleListHours: 24,
};

describe("older files", () => {
  it("a version 1 file migrates: deadline kept as the page's, marks at their defaults", async () => {
    const db = await freshDb();
    const v1 = {
      format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), settings: V2_SETTINGS,
      disputes: [{ disputeId: A, orderId: null, status: "awaiting-seller", reason: "quality", deadline: "2026-11-23T10:00:00.000Z", firstSeenAt: NOW.toISOString(), lastSeenAt: NOW.toISOString(), note: "n" }],
    };
    const outcome = await importBackup(db, JSON.stringify(v1), NOW);
    expect(outcome).toMatchObject({ ok: true, created: 1, orders: 0, events: 0 });
    const [imported] = await getAllDisputes(db);
    expect(imported).toMatchObject({ disputeId: A, note: "n", checklist: {}, handled: false, pageDeadline: { at: "2026-11-23T10:00:00.000Z", status: "awaiting-seller" }, nextSellerDeadline: "2026-11-23T10:00:00.000Z" });
  });

  it("a version 2 file (no orders, no timeline, no retention setting) migrates and keeps this profile's retention", async () => {
    const db = await freshDb();
    await saveSettings(db, { retentionDays: 30 });
    const v2 = { format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), settings: { ...V2_SETTINGS, staleListHours: 12 }, disputes: [record(A, { checklist: { "chat-log": true } })] };
    const outcome = await importBackup(db, JSON.stringify(v2), NOW);
    expect(outcome).toMatchObject({ ok: true, created: 1, orders: 0, events: 0 });
    expect(await getSettings(db)).toMatchObject({ staleListHours: 12, retentionDays: 30 });
    expect((await getAllDisputes(db))[0]?.checklist).toEqual({ "chat-log": true });
  });

  it("a version 2 file with the later setting in it is refused: v2 had no such field", () => {
    const v2 = { format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), settings: { ...V2_SETTINGS, retentionDays: 30 }, disputes: [] };
    const result = readBackup(JSON.stringify(v2));
    expect(!result.ok && result.problem).toMatchObject({ kind: "invalid-field", fault: "unknown-field", detail: "retentionDays" });
  });

  it("a version 3 file (no reply templates) still imports, and this profile's templates stay as they are", async () => {
    const db = await seededDb();
    const templatesBefore = await getReplyTemplates(db);
    const v3 = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, disputes: [record(A, { note: "from v3" })], orders: [], events: [] };
    const outcome = await importBackup(db, JSON.stringify(v3), NOW);
    expect(outcome).toMatchObject({ ok: true, disputes: 1, templates: 0 });
    expect((await getAllDisputes(db)).find((d) => d.disputeId === A)?.note).toContain("from v3");
    expect(await getReplyTemplates(db)).toEqual(templatesBefore);
  });

  it("a version 3 file with reply templates in it is refused: v3 had no such field", () => {
    const v3 = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, disputes: [], orders: [], events: [], replyTemplates: [] };
    const result = readBackup(JSON.stringify(v3));
    expect(!result.ok && result.problem).toMatchObject({ kind: "invalid-field", fault: "unknown-field", detail: "replyTemplates" });
  });

  it("a version 3 file made before a setting existed keeps the profile's value of it", async () => {
    const db = await freshDb();
    await saveSettings(db, { retentionDays: 45 });
    const file = { format: BACKUP_FORMAT, version: 3, exportedAt: NOW.toISOString(), settings: { ...V2_SETTINGS, staleListHours: 6 }, disputes: [], orders: [], events: [] };
    expect((await importBackup(db, JSON.stringify(file), NOW)).ok).toBe(true);
    expect(await getSettings(db)).toMatchObject({ staleListHours: 6, retentionDays: 45 });
  });
});

describe("merging by id", () => {
  const file = (disputes: DisputeRecord[], extra: { orders?: OrderRecord[]; events?: Omit<DisputeEvent, "id">[]; replyTemplates?: SellerReplyTemplate[] } = {}) =>
    JSON.stringify({
      format: BACKUP_FORMAT, version: 4, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS,
      orders: extra.orders ?? [], events: extra.events ?? [], replyTemplates: extra.replyTemplates ?? [], disputes,
    });

  it("the newer reading wins, checklist ticks and notes of both are kept", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record(A, { checklist: { "packing-video": true }, note: "ours", lastSeenAt: "2026-11-20T10:00:00.000Z" }), NOW));
    const theirs = record(A, { status: "closed", statusText: "已结束", pageDeadline: null, checklist: { "chat-log": true }, note: "theirs", lastSeenAt: "2026-11-20T12:00:00.000Z" });
    const outcome = await importBackup(db, file([theirs]), NOW);
    expect(outcome).toMatchObject({ ok: true, created: 0, updated: 1 });
    const [merged] = await getAllDisputes(db);
    expect(merged).toMatchObject({ status: "closed", checklist: { "packing-video": true, "chat-log": true }, note: "ours\ntheirs" });
    expect(merged?.nextSellerDeadline).toBeUndefined();
  });

  it("nothing known is lost: a newer file that could not read a field does not erase it", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record(A, { buyer: "M***a", buyerCountry: "ES", trackingNumber: "LP001", reason: "damaged", handled: true, lastSeenAt: "2026-11-20T10:00:00.000Z" }), NOW));
    const theirs = record(A, { buyer: null, buyerCountry: null, trackingNumber: null, reason: "unknown", status: "unknown", statusText: null, handled: false, lastSeenAt: "2026-11-20T12:00:00.000Z", productTitle: "Screwdriver set, 24 pcs" });
    await importBackup(db, file([theirs]), NOW);
    const [merged] = await getAllDisputes(db);
    expect(merged).toMatchObject({ buyer: "M***a", buyerCountry: "ES", trackingNumber: "LP001", reason: "damaged", status: "awaiting-seller", handled: true, productTitle: "Screwdriver set, 24 pcs", lastSeenAt: "2026-11-20T12:00:00.000Z" });
    // The page deadline of the status still in force is kept.
    expect(merged?.pageDeadline?.at).toBe("2026-11-23T10:00:00.000Z");
  });

  it("an older file only fills gaps", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record(A, { status: "negotiating", statusText: "协商中", pageDeadline: null, buyer: null, lastSeenAt: "2026-11-20T12:00:00.000Z" }), NOW));
    await importBackup(db, file([record(A, { buyer: "M***a", lastSeenAt: "2026-11-19T12:00:00.000Z", firstSeenAt: "2026-11-17T00:00:00.000Z" })]), NOW);
    const [merged] = await getAllDisputes(db);
    expect(merged).toMatchObject({ status: "negotiating", pageDeadline: null, buyer: "M***a", lastSeenAt: "2026-11-20T12:00:00.000Z", firstSeenAt: "2026-11-17T00:00:00.000Z" });
  });

  it("timelines are united without doubles; orders merge like disputes", async () => {
    const db = await freshDb();
    await db.put("disputes", toStoredDispute(record(A), NOW));
    await db.add("events", { disputeId: A, kind: "opened", at: "2026-11-18T10:00:00.000Z", seenAt: "2026-11-18T12:00:00.000Z" });
    const order: OrderRecord = { ...emptyOrder("8183974713700486"), buyerCountry: "ES", lastSeenAt: "2026-11-19T00:00:00.000Z" };
    await db.put("orders", order);
    const events = [
      // The same fact learnt at another time by the other profile: one event.
      { disputeId: A, kind: "opened" as const, at: "2026-11-18T10:00:00.000Z", seenAt: "2026-11-19T09:00:00.000Z" },
      { disputeId: A, kind: "buyer-change" as const, at: "2026-11-19T08:00:00.000Z", seenAt: "2026-11-19T09:00:00.000Z", detail: "买家修改了退款金额" },
      { disputeId: A, kind: "buyer-change" as const, at: "2026-11-19T08:00:00.000Z", seenAt: "2026-11-19T10:00:00.000Z", detail: "买家修改了退款金额" },
    ];
    const theirOrder: OrderRecord = { ...emptyOrder("8183974713700486"), status: "已发货", trackingNumber: "LP001", lastSeenAt: "2026-11-20T00:00:00.000Z" };
    const outcome = await importBackup(db, file([record(A)], { events, orders: [theirOrder] }), NOW);
    expect(outcome).toMatchObject({ ok: true, events: 1, orders: 1 });
    const stored = await db.getAll("events");
    expect(stored.map((e) => e.kind)).toEqual(["opened", "buyer-change"]);
    expect(await getAllOrders(db)).toEqual([{ ...theirOrder, buyerCountry: "ES" }]);
  });
});

describe("merging reply templates by key", () => {
  const ours = savedTemplate({ title: "Ours", text: "Our words" }, "2026-11-19T09:00:00.000Z");
  const file = (replyTemplates: SellerReplyTemplate[]) =>
    JSON.stringify({ format: BACKUP_FORMAT, version: 4, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS, disputes: [], orders: [], events: [], replyTemplates });
  const storedWith = async (...templates: SellerReplyTemplate[]) => {
    const db = await freshDb();
    for (const template of templates) await putReplyTemplate(db, template);
    return db;
  };

  it("a template both have: the later edited one wins, whichever side it is on", async () => {
    const db = await storedWith(ours);
    const theirsLater = { ...ours, title: "Theirs", text: "Their words", updatedAt: "2026-11-20T09:00:00.000Z" };
    expect(await importBackup(db, file([theirsLater]), NOW)).toMatchObject({ ok: true, templates: 1 });
    expect(await getReplyTemplates(db)).toEqual([theirsLater]);

    const theirsEarlier = { ...ours, title: "Older", text: "Older words", updatedAt: "2026-11-18T09:00:00.000Z" };
    await importBackup(db, file([theirsEarlier]), NOW);
    expect(await getReplyTemplates(db)).toEqual([theirsLater]);
  });

  it("edited at the same moment, or held without a time to compare: the file's", async () => {
    const sameMoment = { ...ours, title: "Theirs" };
    const db = await storedWith(ours);
    await importBackup(db, file([sameMoment]), NOW);
    expect(await getReplyTemplates(db)).toEqual([sameMoment]);

    const handEdited = await storedWith({ ...ours, updatedAt: "yesterday" });
    await importBackup(handEdited, file([ours]), NOW);
    expect(await getReplyTemplates(handEdited)).toEqual([ours]);
  });

  it("nothing the profile has is lost: its other templates stay, the file's new ones are added", async () => {
    const hidden = hiddenBuiltIn("ask-to-wait", "zh", new Date("2026-11-19T11:00:00.000Z"));
    const db = await storedWith(ours, hidden);
    const theirs = savedTemplate({ language: "es", title: "Suyo", text: "Hola {buyer}" }, "2026-11-19T12:00:00.000Z", "own-zzz999");
    // The same built-in hidden in another language is another template.
    const theirHidden = hiddenBuiltIn("ask-to-wait", "de", new Date("2026-11-19T12:00:00.000Z"));
    await importBackup(db, file([theirs, theirHidden]), NOW);
    expect((await getReplyTemplates(db)).map((t) => t.key).sort()).toEqual(["de/ask-to-wait", "en/own-abc123", "es/own-zzz999", "zh/ask-to-wait"]);
  });

  it("an export leaves out a stored row the import would refuse, so the seller's backup still imports", async () => {
    const db = await storedWith(ours);
    // A hand-edited profile: the app skips this row (isSellerReplyTemplate), and so does the backup.
    await db.put("replyTemplates", { ...ours, key: "en/own-broken", id: "own-broken", text: "{traking}" });
    const { json } = await buildBackup(db, NOW);
    expect(readBackup(json)).toMatchObject({ ok: true, backup: { replyTemplates: [ours] } });
  });
});

function emptyOrder(orderId: string): OrderRecord {
  return {
    orderId, channelId: "2285755", status: null, buyer: null, buyerCountry: null, amount: null, paidAt: null, shippedAt: null, deliveredAt: null,
    trackingNumber: null, carrier: null, shipDeadline: null, cancelRequestedAt: null, firstSeenAt: "2026-11-18T00:00:00.000Z", lastSeenAt: "2026-11-18T00:00:00.000Z",
  };
}

describe("describeImportResult", () => {
  it("says what was imported", () => {
    const result: ImportResult = { ok: true, disputes: 3, created: 2, updated: 1, orders: 1, events: 7, templates: 2 };
    expect(describeImportResult(result, "en")).toBe("Imported 3 disputes (2 new, 1 merged), 1 orders, 7 new timeline events and 2 reply templates.");
    expect(describeImportResult(result, "zh")).toBe("已导入 3 个纠纷（新增 2 个，合并 1 个）、1 个订单、7 条新的时间线记录和 2 个回复模板。");
  });
});

describe("looksTruncated", () => {
  it.each([
    ['{"a":[1,2', true],
    ['{"a":"unfinished', true],
    ['{"a":"}"', true],
    ['{"a":1}', false],
    ['{"a":1}}', false],
  ])("%s → %s", (text, expected) => expect(looksTruncated(text)).toBe(expected));
});
