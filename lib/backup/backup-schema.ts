// The backup file's schema (DESIGN.md "Backup file"), checked field by field before anything is written.
// zod: one declarative schema gives both the check and precise messages ("disputes.3.status: …"), which a
// hand-written walker would repeat for every field.
import { z } from "zod";
import { DISPUTE_REASONS, DISPUTE_STATUSES } from "../model";
import { isValidTimeZone } from "../time/zoned";
import { RULEBOOK } from "../rules/rulebook";
import type { RuleId } from "../rules/types";
import { SELLER_CENTER_MATCHES } from "../page/seller-center-hosts";

const SELLER_CENTER_HOSTS = SELLER_CENTER_MATCHES.map((match) => new URL(match.replace("/*", "/")).hostname);
const RULE_IDS = Object.keys(RULEBOOK) as [RuleId, ...RuleId[]];

export const BACKUP_FORMAT = "dispute-sentinel-backup";
/** v1: the first release's files (no seller marks beyond the note); v2: the full DisputeRecord. */
export const BACKUP_VERSION = 2;
export const MAX_BACKUP_CHARS = 20_000_000;

// With its zone (Z or an offset): a zone-less time would be read in whatever zone the machine is in.
const isoTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)), "not an ISO-8601 time with a zone");
/** "Open" follows it: only a seller-center page over https may be stored. */
const sellerCenterUrl = z.string().max(2000).refine((s) => {
  try {
    const url = new URL(s);
    return url.protocol === "https:" && SELLER_CENTER_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}, "not a seller-center address");
const clockTime = z.string().regex(/^(?:[01]?\d|2[0-3]):[0-5]\d$/, "not a time of day (HH:MM)");
const id = z.string().regex(/^\d{6,20}$/, "not an id of digits");
const money = z.strictObject({ amount: z.number().finite(), currency: z.string().regex(/^[A-Z]{3}$/) });
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
  checklist: z.record(z.string().max(100), z.boolean()),
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

export const settingsSchema = z.strictObject({
  uiLanguage: z.enum(["auto", "en", "zh"]),
  platformZone: z.string().max(64).refine(isValidTimeZone, "not a time zone"),
  ruleHours: z.partialRecord(z.enum(RULE_IDS), z.number().positive().finite()),
  disputeThresholdsHours: z.array(z.number().positive().finite()).max(20),
  orderThresholdsHours: z.array(z.number().positive().finite()).max(20),
  quietHours: z.strictObject({ enabled: z.boolean(), start: clockTime, end: clockTime }),
  staleListHours: z.number().positive().finite(),
});

const envelope = <D extends z.ZodType>(version: number, dispute: D) =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(version),
    exportedAt: isoTime,
    disputes: z.array(dispute).max(100_000),
    settings: settingsSchema,
  });

export const backupSchemaV2 = envelope(2, disputeSchemaV2);
export const backupSchemaV1 = envelope(1, disputeSchemaV1);
export type BackupV2 = z.infer<typeof backupSchemaV2>;
export type BackupV1 = z.infer<typeof backupSchemaV1>;
