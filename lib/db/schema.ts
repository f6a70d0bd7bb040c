// The IndexedDB schema, typed once per version (DESIGN.md principle 10). A version's type never changes
// after release: migrations.ts reads rows of the old shape and writes rows of the new one.
import type { DBSchema } from "idb";
import type {
  DisputeEvent,
  DisputeEventKind,
  DisputeRecord,
  ListReadStatus,
  OrderRecord,
  SentReminder,
  Settings,
} from "../model";
import type { SellerReplyTemplate } from "../replies/seller-templates";

/** A dispute as the first release stored it: a few fields read from the page, the deadline as a bare string. */
export interface DisputeRowV1 {
  disputeId: string;
  orderId: string | null;
  status: string;
  statusText: string | null;
  reason: string;
  productTitle: string | null;
  deadline: string | null;
  deadlineText: string | null;
  url: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** A timeline event as the first release stored it: the current shape, with fewer kinds, so it needs no conversion. */
export interface EventRowV1 {
  id?: number;
  disputeId: string;
  kind: Extract<DisputeEventKind, "opened" | "status-change" | "deadline-change" | "closed">;
  at: string;
  seenAt: string;
  detail?: string;
}

export interface SentinelDbV1 extends DBSchema {
  disputes: {
    key: string;
    value: DisputeRowV1;
    indexes: { "by-status": string };
  };
  events: {
    key: number;
    value: EventRowV1;
    indexes: { "by-dispute": string };
  };
}

/**
 * The stored dispute row: the record plus its next seller deadline, denormalised on every write so the
 * "most urgent" query walks an index instead of computing every dispute's clocks. Absent when the
 * dispute has none: IndexedDB leaves rows whose index key is missing out of the index.
 */
export interface StoredDispute extends DisputeRecord {
  nextSellerDeadline?: string;
}

/** The single key of the settings store. */
export const SETTINGS_KEY = "settings";

export interface SentinelDbV2 extends DBSchema {
  disputes: {
    key: string;
    value: StoredDispute;
    indexes: {
      "by-next-deadline": string;
      "by-status": string;
      "by-channel": string;
      "by-order": string;
    };
  };
  orders: {
    key: string;
    value: OrderRecord;
    indexes: { "by-channel": string };
  };
  events: {
    key: number;
    value: DisputeEvent;
    indexes: { "by-dispute": string };
  };
  reminders: {
    key: string;
    value: SentReminder;
    indexes: { "by-subject": string };
  };
  settings: {
    key: typeof SETTINGS_KEY;
    value: Settings;
  };
  listReads: {
    key: string;
    value: ListReadStatus;
  };
}

/** v3: the seller's own reply templates (issue 12), a store of their own so that built-in updates never touch them. */
export interface SentinelDbV3 extends SentinelDbV2 {
  replyTemplates: {
    key: string; // `${language}/${id}`
    value: SellerReplyTemplate;
  };
}

/** The current schema: what every function outside migrations.ts works with. */
export type SentinelDb = SentinelDbV3;
