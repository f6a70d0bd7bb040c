// The seller's reply templates (issue 12) in their own store: read by the background for every suggestion, written
// only through the options page's editor. Rows that are not well formed (a hand-edited profile) are skipped.
import type { IDBPDatabase } from "idb";
import { isSellerReplyTemplate, type SellerReplyTemplate } from "../replies/seller-templates";
import type { SentinelDb } from "./schema";

type Db = IDBPDatabase<SentinelDb>;

export async function getReplyTemplates(db: Db): Promise<SellerReplyTemplate[]> {
  return (await db.getAll("replyTemplates")).filter(isSellerReplyTemplate);
}

export async function countReplyTemplates(db: Db): Promise<number> {
  return db.count("replyTemplates");
}

/** Adds or replaces the row with the template's key (one per template and language). */
export async function putReplyTemplate(db: Db, template: SellerReplyTemplate): Promise<void> {
  await db.put("replyTemplates", template);
}

export async function deleteReplyTemplate(db: Db, key: string): Promise<void> {
  await db.delete("replyTemplates", key);
}
