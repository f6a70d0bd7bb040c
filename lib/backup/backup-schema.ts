// The backup file's schema (DESIGN.md "Backup file"), checked field by field before anything is written.
// zod: one declarative schema gives both the check and the exact place of a fault ("disputes.3.status"),
// which a hand-written walker would repeat for every field. A failed check carries a `problem` code in its
// params, so backup-problem.ts can say it in the seller's language instead of zod's English.
import { z } from "zod";
import { DISPUTE_REASONS, DISPUTE_STATUSES, type DisputeEventKind } from "../model";
import { isValidTimeZone } from "../time/zoned";
import { RULEBOOK } from "../rules/rulebook";
import type { RuleId } from "../rules/types";
import { SELLER_CENTER_MATCHES } from "../page/seller-center-hosts";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "../db/prune-closed";
import { MAX_WATCH_HOURS, MIN_WATCH_HOURS } from "../watch/plan-watch";
import { REPLY_LANGUAGES } from "../replies/languages";
import { isPlaceholderName, placeholdersIn } from "../replies/placeholders";
import { isBuiltInTemplateId, isOwnTemplateId, MAX_TEXT_CHARS, MAX_TITLE_CHARS, sellerTemplateKey } from "../replies/seller-templates";

const SELLER_CENTER_HOSTS = SELLER_CENTER_MATCHES.map((match) => new URL(match.replace("/*", "/")).hostname);
const RULE_IDS = Object.keys(RULEBOOK) as [RuleId, ...RuleId[]];

export const BACKUP_FORMAT = "dispute-sentinel-backup";
/**
 * v1: the first release's files (no seller marks beyond the note); v2: the full DisputeRecord;
 * v3: orders and timeline events too, and the retention setting; v4: the seller's reply templates.
 */
export const BACKUP_VERSION = 4;
export { MAX_BACKUP_CHARS } from "./backup-limits";
export const MAX_BACKUP_DISPUTES = 100_000;
export const MAX_BACKUP_ORDERS = 200_000;
export const MAX_BACKUP_EVENTS = 2_000_000;
/**
 * Well above what one profile holds (300 own templates plus a rewording of every built-in in every language):
 * a profile that merged others' backups may hold more, and its own backup must still import.
 */
export const MAX_BACKUP_REPLY_TEMPLATES = 10_000;

/** Why a value failed a check of ours; backup-problem.ts words each one. */
export type FieldProblem =
  | "time"
  | "address"
  | "zone"
  | "clock"
  | "id"
  | "currency"
  | "template-id"
  | "template-key"
  | "placeholder"
  | "empty"
  | "not-hideable";
const because = (problem: FieldProblem) => ({ params: { problem } });

// With its zone (Z or an offset): a zone-less time would be read in whatever zone the machine is in.
const isoTime = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)), because("time"));
/** "Open" follows it: only a seller-center page over https may be stored. */
const sellerCenterUrl = z.string().max(2000).refine((s) => {
  try {
    const url = new URL(s);
    return url.protocol === "https:" && SELLER_CENTER_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}, because("address"));
const clockTime = z.string().refine((s) => /^(?:[01]?\d|2[0-3]):[0-5]\d$/.test(s), because("clock"));
const id = z.string().refine((s) => /^\d{6,20}$/.test(s), because("id"));
const money = z.strictObject({
  amount: z.number().finite().min(0).max(1e9),
  currency: z.string().refine((s) => /^[A-Z]{3}$/.test(s), because("currency")),
});
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

const pageDeadline = z.strictObject({
  at: isoTime,
  text: z.string().max(500).nullable(),
  readAt: isoTime,
  status: z.enum(DISPUTE_STATUSES),
  imprecise: z.boolean().optional(),
});

export const disputeSchemaV2 = z.strictObject({
  disputeId: id,
  channelId: nullable(z.string().max(40)),
  shownDisputeId: nullable(z.string().max(40)),
  orderId: nullable(id),
  status: z.enum(DISPUTE_STATUSES),
  statusText: nullable(z.string().max(500)),
  reason: z.enum(DISPUTE_REASONS),
  reasonText: nullable(z.string().max(500)),
  buyer: nullable(z.string().max(500)),
  buyerCountry: nullable(z.string().max(100)),
  productTitle: nullable(z.string().max(2000)),
  refundRequested: nullable(money),
  orderAmount: nullable(money),
  openedAt: nullable(isoTime),
  updatedAt: nullable(isoTime),
  buyerChangedAt: nullable(isoTime),
  statusSince: nullable(isoTime),
  pageDeadline: nullable(pageDeadline),
  trackingNumber: nullable(z.string().max(100)),
  carrier: nullable(z.string().max(200)),
  url: nullable(sellerCenterUrl),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  notSeenSince: nullable(isoTime),
  checklist: z.record(z.string().min(1).max(100), z.boolean()),
  handled: z.boolean(),
  note: z.string().max(20_000),
  buyerLanguage: nullable(z.string().max(20)),
  snoozedUntil: nullable(isoTime),
  nextSellerDeadline: isoTime.optional(),
});

/** What a first-release backup held per dispute. */
export const disputeSchemaV1 = z.strictObject({
  disputeId: id,
  orderId: nullable(id),
  status: z.enum(DISPUTE_STATUSES),
  reason: z.enum(DISPUTE_REASONS),
  deadline: nullable(isoTime),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  note: z.string().max(20_000),
});

export const orderSchema = z.strictObject({
  orderId: id,
  channelId: nullable(z.string().max(40)),
  status: nullable(z.string().max(500)),
  buyer: nullable(z.string().max(500)),
  buyerCountry: nullable(z.string().max(100)),
  amount: nullable(money),
  paidAt: nullable(isoTime),
  shippedAt: nullable(isoTime),
  deliveredAt: nullable(isoTime),
  trackingNumber: nullable(z.string().max(100)),
  carrier: nullable(z.string().max(200)),
  shipDeadline: nullable(isoTime),
  cancelRequestedAt: nullable(isoTime),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
});

const EVENT_KINDS = [
  "opened", "buyer-change", "updated", "status-change", "deadline-change", "return-agreed", "return-shipped", "closed", "not-seen",
] as const satisfies readonly DisputeEventKind[];
// A kind added to the model and not here would make its events unexportable: this line stops compiling.
const everyEventKindListed: [Exclude<DisputeEventKind, (typeof EVENT_KINDS)[number]>] extends [never] ? true : never = true;
void everyEventKindListed;

/**
 * A timeline event without its store key: keys are the importing database's own (auto-increment), and
 * an event is known by what it says (see merge-backup.ts), so two profiles' timelines unite without clashes.
 */
export const eventSchema = z.strictObject({
  disputeId: id,
  kind: z.enum(EVENT_KINDS),
  at: isoTime,
  seenAt: isoTime,
  detail: z.string().max(20_000).optional(),
  from: nullable(z.string().max(500)).optional(),
  to: nullable(z.string().max(500)).optional(),
});

/** The settings a v1 or v2 file holds: exactly these, frozen (later settings are filled in by migration). */
export const settingsSchemaV2 = z.strictObject({
  uiLanguage: z.enum(["auto", "en", "zh"]),
  platformZone: z.string().max(64).refine(isValidTimeZone, because("zone")),
  ruleHours: z.partialRecord(z.enum(RULE_IDS), z.number().positive().finite().max(8760)),
  disputeThresholdsHours: z.array(z.number().positive().finite().max(720)).max(20),
  orderThresholdsHours: z.array(z.number().positive().finite().max(720)).max(20),
  quietHours: z.strictObject({ enabled: z.boolean(), start: clockTime, end: clockTime }),
  staleListHours: z.number().positive().finite().max(720),
});

/** A store's name as the seller types it in the options. */
export const MAX_STORE_NAME_LENGTH = 60;

/** Every setting as the background stores it: what Save and a current backup file must pass. */
export const settingsSchema = settingsSchemaV2.extend({
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
  watchEnabled: z.boolean(),
  watchEveryHours: z.number().int().min(MIN_WATCH_HOURS).max(MAX_WATCH_HOURS),
  storeNames: z.record(z.string().regex(/^\d{1,20}$/), z.string().max(MAX_STORE_NAME_LENGTH)),
});

const envelope = <D extends z.ZodType, S extends z.ZodType>(version: number, dispute: D, settings: S) =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(version),
    exportedAt: isoTime,
    disputes: z.array(dispute).max(MAX_BACKUP_DISPUTES),
    settings,
  });

/**
 * One of the seller's reply templates as its store holds it (lib/replies/seller-templates.ts), held to what the
 * editor lets through: a file is only one the extension could have written, since every row is offered to buyers.
 */
export const replyTemplateSchema = z
  .strictObject({
    key: z.string().max(100),
    id: z.string().max(60).refine((s) => isBuiltInTemplateId(s) || isOwnTemplateId(s), because("template-id")),
    language: z.enum(REPLY_LANGUAGES),
    title: z.string().max(MAX_TITLE_CHARS),
    text: z.string().max(MAX_TEXT_CHARS),
    hidden: z.boolean(),
    reasons: z.array(z.enum(DISPUTE_REASONS)).max(DISPUTE_REASONS.length),
    statuses: z.array(z.enum(DISPUTE_STATUSES)).max(DISPUTE_STATUSES.length),
    updatedAt: isoTime,
  })
  .superRefine((template, ctx) => {
    const fault = (path: string, problem: FieldProblem, input: unknown) => ctx.addIssue({ code: "custom", path: [path], input, params: { problem } });
    // The key is what the merge and the store go by: one that disagrees with the row would shadow another template.
    if (template.key !== sellerTemplateKey(template.language, template.id)) fault("key", "template-key", template.key);
    // Only a built-in can be hidden ("delete" on one of the seller's own deletes the row).
    if (template.hidden && !isBuiltInTemplateId(template.id)) fault("hidden", "not-hideable", template.id);
    if (!template.hidden && template.title.trim() === "") fault("title", "empty", null);
    if (!template.hidden && template.text.trim() === "") fault("text", "empty", null);
    // A misspelt {traking} would reach the buyer as written, as the editor says (checkSellerTemplate).
    const unknown = placeholdersIn(template.text).filter((name) => !isPlaceholderName(name));
    if (unknown.length > 0) fault("text", "placeholder", unknown.map((name) => `{${name}}`).join(", "));
  });

export const backupSchemaV1 = envelope(1, disputeSchemaV1, settingsSchemaV2);
export const backupSchemaV2 = envelope(2, disputeSchemaV2, settingsSchemaV2);
/**
 * v3 settings may lack a setting added after the file was made (same file version, newer extension):
 * what is there must be right, what is missing keeps the importing profile's value.
 */
export const backupSchemaV3 = envelope(3, disputeSchemaV2, settingsSchema.partial()).extend({
  orders: z.array(orderSchema).max(MAX_BACKUP_ORDERS),
  events: z.array(eventSchema).max(MAX_BACKUP_EVENTS),
});
/**
 * v4: v3 and the seller's reply templates (own, reworded built-ins, hidden built-ins). A new version rather than
 * an optional field of v3: an extension that reads up to v3 then says "update first" about a file with templates,
 * instead of refusing an unknown field of a v3 file; older files migrate with none.
 */
export const backupSchemaV4 = backupSchemaV3.extend({
  version: z.literal(4),
  replyTemplates: z.array(replyTemplateSchema).max(MAX_BACKUP_REPLY_TEMPLATES),
});
export type BackupV1 = z.infer<typeof backupSchemaV1>;
export type BackupV2 = z.infer<typeof backupSchemaV2>;
export type BackupV3 = z.infer<typeof backupSchemaV3>;
export type BackupV4 = z.infer<typeof backupSchemaV4>;
export type BackupReplyTemplate = z.infer<typeof replyTemplateSchema>;
export type BackupEvent = z.infer<typeof eventSchema>;
