// The background's side of issue 12: suggested replies with what the database knows of the dispute, the buyer's
// language remembered per dispute, the evidence a checklist can show filled and the summary to paste, and the
// seller's own templates. Every request is checked as untrusted input (any extension page can send one).
import type { IDBPDatabase } from "idb";
import type { RequestOf, ResponseOf } from "../messages";
import type { SentinelDb } from "../db/schema";
import { getDispute, getSettings, getTimeline, updateSellerMarks } from "../db/queries";
import { countReplyTemplates, deleteReplyTemplate, getReplyTemplates, putReplyTemplate } from "../db/reply-templates";
import { answerRepliesRequest } from "../replies/answer-request";
import { isReplyLanguage } from "../replies/languages";
import { checkSellerTemplate, hiddenBuiltIn, isBuiltInTemplateId, isOwnTemplateId, newOwnTemplateId, sellerTemplateKey, type SellerReplyTemplate } from "../replies/seller-templates";
import { knownEvidenceOf } from "../evidence/known-evidence";
import { evidenceSummary } from "../evidence/evidence-summary";

export interface ReplyServiceDeps {
  db: IDBPDatabase<SentinelDb>;
  clock: () => Date;
  /** Names new templates of the seller's own. */
  random: () => number;
}

const isDisputeId = (value: unknown): value is string => typeof value === "string" && /^\d{1,30}$/.test(value);

export function createReplyService({ db, clock, random }: ReplyServiceDeps) {
  async function disputeAndOrder(disputeId: unknown) {
    if (!isDisputeId(disputeId)) return { dispute: null, order: null };
    const dispute = (await getDispute(db, disputeId)) ?? null;
    const order = dispute?.orderId ? ((await db.get("orders", dispute.orderId)) ?? null) : null;
    return { dispute, order };
  }

  const templatesNow = async (): Promise<{ templates: SellerReplyTemplate[] }> => ({ templates: await getReplyTemplates(db) });

  return {
    async suggestedReplies(request: RequestOf<"suggested-replies">): Promise<ResponseOf<"suggested-replies">> {
      const [{ dispute, order }, sellerTemplates, settings] = await Promise.all([disputeAndOrder(request.disputeId), getReplyTemplates(db), getSettings(db)]);
      return answerRepliesRequest(request, { dispute, order, sellerTemplates, timeZone: settings.platformZone });
    },

    /** null forgets the choice: the buyer's country decides again. */
    async setBuyerLanguage(disputeId: unknown, language: unknown): Promise<ResponseOf<"set-buyer-language">> {
      if (!isDisputeId(disputeId) || (language !== null && !isReplyLanguage(language))) return { buyerLanguage: null };
      const updated = await updateSellerMarks(db, disputeId, { buyerLanguage: language });
      return { buyerLanguage: updated?.buyerLanguage ?? null };
    },

    async disputeEvidence(disputeId: unknown, language: unknown): Promise<ResponseOf<"dispute-evidence">> {
      const { dispute, order } = await disputeAndOrder(disputeId);
      if (dispute === null) return null;
      const [events, settings] = await Promise.all([getTimeline(db, dispute.disputeId), getSettings(db)]);
      const summaryLanguage = language === "zh" ? "zh" : "en";
      return {
        known: knownEvidenceOf(dispute, order),
        summary: evidenceSummary({ dispute, order, events, language: summaryLanguage, timeZone: settings.platformZone }),
      };
    },

    replyTemplates: templatesNow,

    async saveReplyTemplate(draft: unknown): Promise<ResponseOf<"save-reply-template">> {
      const checked = checkSellerTemplate(draft, clock(), () => newOwnTemplateId(random), await countReplyTemplates(db));
      if (!checked.ok) return { ok: false, problem: checked.problem };
      await putReplyTemplate(db, checked.template);
      return { ok: true, template: checked.template, ...(await templatesNow()) };
    },

    /** "Delete" on a built-in: not offered in this language any more (restored by deleting the row). */
    async hideReplyTemplate(language: unknown, id: unknown): Promise<{ templates: SellerReplyTemplate[] }> {
      if (isReplyLanguage(language) && isBuiltInTemplateId(id)) await putReplyTemplate(db, hiddenBuiltIn(id, language, clock()));
      return templatesNow();
    },

    /** Deletes a template of the seller's own, or restores a built-in they reworded or hid. */
    async deleteReplyTemplate(language: unknown, id: unknown): Promise<{ templates: SellerReplyTemplate[] }> {
      if (isReplyLanguage(language) && (isBuiltInTemplateId(id) || isOwnTemplateId(id))) await deleteReplyTemplate(db, sellerTemplateKey(language, id));
      return templatesNow();
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
