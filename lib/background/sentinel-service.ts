// Everything the background does, with the browser and the clock injected: the entrypoint only wires events to
// these methods. The service worker dies often, so nothing lives here between calls but the database handle;
// every plan is made anew from the database (DESIGN.md "The service worker dies often").
import type { IDBPDatabase } from "idb";
import type { DisputeRecord, PageReading, Settings, UiLanguage } from "../model";
import type { DisputeView, ImportOutcome, PopupItem, PopupState, ResponseOf } from "../messages";
import type { SentinelDb } from "../db/schema";
import { getAllDisputes, getAllOrders, getDispute, getDisputeChannelIds, getListReads, getTimeline, getSentReminders, getSettings, recordSentReminders, saveSettings, updateSellerMarks } from "../db/queries";
import { applyReading } from "../tracker/apply-reading";
import { assessDisputeDeadlines } from "../rules/compute-deadlines";
import { RULEBOOK_VERSION } from "../rules/rulebook";
import { planReminders, type ReminderPlan } from "../reminders/plan-reminders";
import { applyReminderPlan, type ReminderApi } from "../reminders/apply-plan";
import { resolveNotificationClick } from "../reminders/notification-actions";
import { disputeDetailUrl } from "../reminders/notification-id";
import { buildListNotices } from "../reminders/list-notices";
import { resolveUiLanguage } from "../i18n/resolve-ui-language";
import { overlayStateOf } from "../rules/overlay-state";
import { buildBackup, importBackup } from "../backup/backup";
import { settingsSchema } from "../backup/backup-schema";
import { recomputeNextSellerDeadlines } from "../db/recompute-next-seller-deadlines";
import { buildDisputeSpreadsheet, spreadsheetFileName } from "../backup/csv-export";
import { pruneClosedDisputes } from "../db/prune-closed";
import { clearAllData, summarizeStoredData, type StoredDataSummary } from "../db/clear-all";
import { WATCH_ALARM, type WatchRunner } from "../watch/watch-runner";
import { createReplyService } from "./reply-service";

export interface SentinelServiceDeps {
  db: IDBPDatabase<SentinelDb>;
  clock: () => Date;
  browserZone: () => string;
  browserLanguage: () => string;
  reminderApi: ReminderApi;
  supportsNotificationButtons: boolean;
  iconUrl: string;
  /** Focuses a tab already showing the URL, or opens one. */
  openUrl: (url: string) => Promise<void>;
  /** The watch (issue 13): told of every reading and every settings change; absent where no tabs can be opened. */
  watch?: WatchRunner;
}

export type SentinelService = ReturnType<typeof createSentinelService>;

/** A private note is a few lines; the cap keeps a runaway paste from bloating every backup. */
export const MAX_NOTE_LENGTH = 4000;

export function createSentinelService(deps: SentinelServiceDeps) {
  const { db } = deps;
  // Re-plans run one at a time: two at once would both see a reminder as unsent and show it twice.
  let planChain: Promise<unknown> = Promise.resolve();
  // Toggles read then write the seller's marks: two at once (a double click) would both read the old value.
  let marksChain: Promise<unknown> = Promise.resolve();
  const oneMarkAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const next = marksChain.then(change, change);
    marksChain = next.catch(() => undefined);
    return next;
  };

  const uiLanguageOf = (settings: Settings): UiLanguage => resolveUiLanguage(settings.uiLanguage, deps.browserLanguage());

  async function replanNow(): Promise<ReminderPlan> {
    const now = deps.clock();
    const [disputes, orders, sent, listReads, settings] = await Promise.all([
      getAllDisputes(db),
      getAllOrders(db),
      getSentReminders(db),
      getListReads(db),
      getSettings(db),
    ]);
    const uiLanguage = uiLanguageOf(settings);
    const plan = planReminders({ disputes, orders, sent, listReads, settings, now, uiLanguage, browserZone: deps.browserZone() });
    // Record first: a crash between the two shows nothing twice (at worst one warning is lost, never doubled).
    if (plan.record.length > 0) await recordSentReminders(db, plan.record);
    await applyReminderPlan(plan, deps.reminderApi, { supportsButtons: deps.supportsNotificationButtons, iconUrl: deps.iconUrl, uiLanguage });
    return plan;
  }

  /** Retention (lib/db/prune-closed.ts); a failure must not stop the re-plan that follows it. */
  async function pruneExpiredClosedDisputes(): Promise<void> {
    try {
      const { retentionDays } = await getSettings(db);
      await pruneClosedDisputes(db, deps.clock(), retentionDays);
    } catch (error) {
      console.warn("Dispute Sentinel: deleting expired closed disputes failed", error);
    }
  }

  function replan(): Promise<ReminderPlan> {
    const next = planChain.then(replanNow, replanNow);
    planChain = next.catch(() => undefined);
    return next;
  }

  return {
    replan,

    /** Suggested replies, the buyer's language, evidence and the seller's templates (issue 12). */
    replies: createReplyService({ db, clock: deps.clock, random: Math.random }),

    /** On install, update and browser start: stored "next deadline" keys follow the clock and the rulebook. */
    async refreshAndReplan(): Promise<ReminderPlan> {
      await pruneExpiredClosedDisputes();
      await recomputeNextSellerDeadlines(db, deps.clock(), await getSettings(db));
      await deps.watch?.schedule();
      return replan();
    },

    /** `tabId`: the tab the reading came from, so the watch knows its own tab's answer. */
    async handleReading(reading: PageReading, tabId: number | null = null): Promise<ResponseOf<"reading">> {
      const now = deps.clock();
      const settings = await getSettings(db);
      await applyReading(db, reading, now, settings);
      await deps.watch?.onReading(tabId, reading);
      const ids = [...new Set(reading.disputes.map((d) => d.disputeId).filter((id): id is string => id !== null))];
      // One read transaction for all of them: a 500-row list is one round trip, not 500.
      const tx = db.transaction("disputes");
      const records = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      const overlays = records.filter((r): r is NonNullable<typeof r> => r !== undefined).map((record) => overlayStateOf(record, settings, now));
      try {
        await replan();
      } catch (error) {
        // Warnings failing must not take the page's overlays with them; the next alarm re-plans.
        console.warn("Dispute Sentinel: re-planning reminders failed", error);
      }
      return { overlays, uiLanguage: uiLanguageOf(settings), platformZone: settings.platformZone, ruleHours: settings.ruleHours };
    },

    async popupState(): Promise<PopupState> {
      const now = deps.clock();
      const [records, listReads, settings] = await Promise.all([getAllDisputes(db), getListReads(db), getSettings(db)]);
      const items: PopupItem[] = records.map((record) => {
        const assessment = assessDisputeDeadlines(record, now, settings);
        return { record, deadlines: assessment.deadlines, unknown: assessment.unknown };
      });
      const notices = buildListNotices(listReads, now, settings.staleListHours);
      const watch = deps.watch ? await deps.watch.view() : null;
      return { items, notices, settings, uiLanguage: uiLanguageOf(settings), supportsNotificationButtons: deps.supportsNotificationButtons, watch };
    },

    async disputeView(disputeId: string): Promise<DisputeView | null> {
      const record = await getDispute(db, disputeId);
      if (record === undefined) return null;
      const [timeline, order, settings] = await Promise.all([
        getTimeline(db, disputeId),
        record.orderId === null ? Promise.resolve(undefined) : db.get("orders", record.orderId),
        getSettings(db),
      ]);
      const { nextSellerDeadline: _derived, ...plain } = record;
      const assessment = assessDisputeDeadlines(plain, deps.clock(), settings);
      return { item: { record: plain, deadlines: assessment.deadlines, unknown: assessment.unknown }, timeline, order: order ?? null };
    },

    async setNote(disputeId: string, note: string): Promise<{ note: string }> {
      // Any extension page can send this: a note is plain text of bounded length.
      const updated = await updateSellerMarks(db, disputeId, { note: String(note).slice(0, MAX_NOTE_LENGTH) });
      return { note: updated?.note ?? "" };
    },

    async snooze(disputeId: string, hours: number): Promise<{ snoozedUntil: string }> {
      const snoozedUntil = new Date(deps.clock().getTime() + Math.max(0, hours) * 3_600_000).toISOString();
      await updateSellerMarks(db, disputeId, { snoozedUntil });
      await replan();
      return { snoozedUntil };
    },

    async toggleHandled(disputeId: string): Promise<{ handled: boolean }> {
      const updated = await oneMarkAtATime(async () => {
        const record = await getDispute(db, disputeId);
        return updateSellerMarks(db, disputeId, { handled: !(record?.handled ?? false) });
      });
      await replan();
      // What was stored: a dispute not in the database has no marks.
      return { handled: updated?.handled ?? false };
    },

    async toggleChecklist(disputeId: string, itemId: string): Promise<{ checklist: Record<string, boolean> }> {
      const updated = await oneMarkAtATime(async () => {
        const record = await getDispute(db, disputeId);
        return updateSellerMarks(db, disputeId, { checklist: { [itemId]: !(record?.checklist[itemId] ?? false) } });
      });
      return { checklist: updated?.checklist ?? {} };
    },

    async openDispute(disputeId: string): Promise<{ opened: boolean }> {
      const record = await getDispute(db, disputeId);
      await deps.openUrl(record?.url && /reverseOrderLineId=/.test(record.url) ? record.url : disputeDetailUrl(disputeId));
      return { opened: true };
    },

    async notificationClicked(notificationId: string, buttonIndex: number | null): Promise<void> {
      const action = resolveNotificationClick(notificationId, buttonIndex, deps.clock());
      if (action.kind === "open") await deps.openUrl(action.url);
      else if (action.kind === "snooze") {
        await updateSellerMarks(db, action.disputeId, { snoozedUntil: action.until });
        await replan();
      }
    },

    async getSettings(): Promise<ResponseOf<"get-settings">> {
      const [settings, listReads, channelIds] = await Promise.all([getSettings(db), getListReads(db), getDisputeChannelIds(db)]);
      const known = new Set([...listReads.map((row) => row.channelId), ...channelIds].filter((id) => id !== ""));
      return { settings, rulebookVersion: RULEBOOK_VERSION, knownStores: [...known].sort() };
    },

    async saveSettings(settings: Settings): Promise<{ settings: Settings }> {
      // The options form checks its fields; the background checks again, since any extension page can send this.
      const checked = settingsSchema.safeParse(settings);
      if (!checked.success) throw new Error(`Settings not saved: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      await saveSettings(db, checked.data);
      // Rule lengths may have changed: the stored "next deadline" keys with them.
      await recomputeNextSellerDeadlines(db, deps.clock(), await getSettings(db));
      await replan();
      // Turned on, off, or another interval: the watch's alarm follows.
      await deps.watch?.schedule();
      return { settings: await getSettings(db) };
    },

    /** The popup's "Check now"; without a watch (no tabs here) nothing starts. */
    async checkNow(): Promise<{ started: boolean; channelIds: string[] }> {
      return deps.watch ? deps.watch.checkNow() : { started: false, channelIds: [] };
    },
    watchAlarm: async (): Promise<void> => void (await deps.watch?.onAlarm(WATCH_ALARM)),
    watchTabComplete: async (tabId: number): Promise<void> => void (await deps.watch?.onTabComplete(tabId)),
    watchTabRemoved: async (tabId: number): Promise<void> => void (await deps.watch?.onTabRemoved(tabId)),

    async exportBackup(): Promise<{ json: string; fileName: string }> {
      return buildBackup(db, deps.clock());
    },

    async importBackup(json: string): Promise<ImportOutcome> {
      const outcome = await importBackup(db, json, deps.clock());
      if (outcome.ok) await replan();
      return outcome;
    },

    /** On the wake-up alarm: retention first, so a deleted dispute is not planned for. */
    async pruneAndReplan(): Promise<ReminderPlan> {
      await pruneExpiredClosedDisputes();
      return replan();
    },

    async exportSpreadsheet(): Promise<{ csv: string; fileName: string; rows: number }> {
      const now = deps.clock();
      const [disputes, orders, settings] = await Promise.all([getAllDisputes(db), getAllOrders(db), getSettings(db)]);
      const csv = buildDisputeSpreadsheet(disputes, orders, { now, settings, lang: uiLanguageOf(settings), browserZone: deps.browserZone() });
      return { csv, fileName: spreadsheetFileName(now), rows: disputes.length };
    },

    dataSummary(): Promise<StoredDataSummary> {
      return summarizeStoredData(db);
    },

    /** Everything goes, settings too; the re-plan then clears the badge and the wake-up alarm. */
    async clearAllData(): Promise<StoredDataSummary> {
      await clearAllData(db);
      await replan();
      return summarizeStoredData(db);
    },
  };
}
