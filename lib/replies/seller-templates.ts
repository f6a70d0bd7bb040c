// The seller's own reply templates, kept apart from the built-in ones (their own store, lib/db) so that an update
// of the built-in texts never touches them: a template of their own, a built-in reworded in one language, or a
// built-in hidden in one language. Pure: checking what the options page sends, and listing what the editor shows.
import { DISPUTE_REASONS, DISPUTE_STATUSES, isDisputeReason, isDisputeStatus, type DisputeReason, type DisputeStatus } from "../model";
import { isReplyLanguage, type ReplyLanguage } from "./languages";
import { isPlaceholderName, placeholdersIn } from "./placeholders";
import { REPLY_TEMPLATE_AUDIENCE, REPLY_TEMPLATE_IDS, type ReplyTemplateId } from "./template-ids";
import { LANGUAGE_PACKS } from "./texts";

export interface SellerReplyTemplate {
  /** `${language}/${id}`: the store's key, one row per template and language. */
  key: string;
  /** A built-in template's id (reworded or hidden), or "own-…" for one of the seller's. */
  id: string;
  language: ReplyLanguage;
  title: string;
  /** May hold {placeholders} (PLACEHOLDER_NAMES); a built-in's greeting is still put before a reworded built-in. */
  text: string;
  /** A built-in the seller deleted: not offered in this language (title and text empty). */
  hidden: boolean;
  /** Own templates only: offered for these reasons and statuses; empty means every one. */
  reasons: DisputeReason[];
  statuses: DisputeStatus[];
  updatedAt: string; // ISO UTC
}

/** What the editor sends to save: `id` null for a new template of the seller's own. */
export interface SellerTemplateDraft {
  id: string | null;
  language: ReplyLanguage;
  title: string;
  text: string;
  reasons: DisputeReason[];
  statuses: DisputeStatus[];
}

export type SellerTemplateProblem =
  | { kind: "title-empty" }
  | { kind: "title-too-long"; max: number }
  | { kind: "text-empty" }
  | { kind: "text-too-long"; max: number }
  | { kind: "unknown-placeholder"; names: string[] }
  | { kind: "too-many"; max: number }
  | { kind: "malformed" };

export const MAX_TITLE_CHARS = 80;
export const MAX_TEXT_CHARS = 4000;
export const MAX_SELLER_TEMPLATES = 300;

const OWN_ID = /^own-[a-z0-9-]{1,40}$/;

export function isBuiltInTemplateId(id: unknown): id is ReplyTemplateId {
  return typeof id === "string" && Object.prototype.hasOwnProperty.call(REPLY_TEMPLATE_AUDIENCE, id);
}

export function isOwnTemplateId(id: unknown): id is string {
  return typeof id === "string" && OWN_ID.test(id);
}

export const sellerTemplateKey = (language: ReplyLanguage, id: string): string => `${language}/${id}`;

/** A fresh id for a template of the seller's own, from a random source (crypto in the background). */
export function newOwnTemplateId(random: () => number): string {
  const part = () => Math.floor(random() * 36 ** 6).toString(36).padStart(6, "0");
  return `own-${part()}${part()}`;
}

const isStringArray = (value: unknown): value is unknown[] => Array.isArray(value);

/**
 * Checks a draft from the options page (any extension page can send one: untrusted) and makes the row to store.
 * `count` is how many templates are stored, for the cap; `newId` names a new template of the seller's own.
 */
export function checkSellerTemplate(
  draft: unknown,
  now: Date,
  newId: () => string,
  count = 0,
): { ok: true; template: SellerReplyTemplate } | { ok: false; problem: SellerTemplateProblem } {
  if (typeof draft !== "object" || draft === null) return { ok: false, problem: { kind: "malformed" } };
  const given = draft as Record<string, unknown>;
  const { id, language, title, text, reasons, statuses } = given;
  if (!isReplyLanguage(language)) return { ok: false, problem: { kind: "malformed" } };
  if (id !== null && !isBuiltInTemplateId(id) && !isOwnTemplateId(id)) return { ok: false, problem: { kind: "malformed" } };
  if (typeof title !== "string" || typeof text !== "string") return { ok: false, problem: { kind: "malformed" } };
  if (!isStringArray(reasons) || !reasons.every(isDisputeReason)) return { ok: false, problem: { kind: "malformed" } };
  if (!isStringArray(statuses) || !statuses.every(isDisputeStatus)) return { ok: false, problem: { kind: "malformed" } };
  if (id === null && count >= MAX_SELLER_TEMPLATES) return { ok: false, problem: { kind: "too-many", max: MAX_SELLER_TEMPLATES } };
  const cleanTitle = title.replace(/\s+/g, " ").trim();
  // Line breaks are the seller's paragraphs; only the ends are trimmed.
  const cleanText = text.replace(/\r\n?/g, "\n").trim();
  if (cleanTitle === "") return { ok: false, problem: { kind: "title-empty" } };
  if (cleanTitle.length > MAX_TITLE_CHARS) return { ok: false, problem: { kind: "title-too-long", max: MAX_TITLE_CHARS } };
  if (cleanText === "") return { ok: false, problem: { kind: "text-empty" } };
  if (cleanText.length > MAX_TEXT_CHARS) return { ok: false, problem: { kind: "text-too-long", max: MAX_TEXT_CHARS } };
  // A misspelt {traking} would reach the buyer as written: refused with its name.
  const unknown = placeholdersIn(cleanText).filter((name) => !isPlaceholderName(name));
  if (unknown.length > 0) return { ok: false, problem: { kind: "unknown-placeholder", names: unknown } };
  const templateId = id ?? newId();
  const builtIn = isBuiltInTemplateId(templateId);
  return {
    ok: true,
    template: {
      key: sellerTemplateKey(language, templateId),
      id: templateId,
      language,
      title: cleanTitle,
      text: cleanText,
      hidden: false,
      // A built-in is offered where the extension offers it; only the seller's own say where.
      reasons: builtIn ? [] : orderedUnique(reasons as DisputeReason[], DISPUTE_REASONS),
      statuses: builtIn ? [] : orderedUnique(statuses as DisputeStatus[], DISPUTE_STATUSES),
      updatedAt: now.toISOString(),
    },
  };
}

function orderedUnique<T extends string>(chosen: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => chosen.includes(value));
}

/** The row that hides a built-in template in one language ("delete" on a built-in). */
export function hiddenBuiltIn(id: ReplyTemplateId, language: ReplyLanguage, now: Date): SellerReplyTemplate {
  return { key: sellerTemplateKey(language, id), id, language, title: "", text: "", hidden: true, reasons: [], statuses: [], updatedAt: now.toISOString() };
}

/** Is a stored row still well formed? Rows that are not (a hand-edited profile) are skipped, never shown broken. */
export function isSellerReplyTemplate(value: unknown): value is SellerReplyTemplate {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    isReplyLanguage(row.language) &&
    (isBuiltInTemplateId(row.id) || isOwnTemplateId(row.id)) &&
    row.key === `${String(row.language)}/${String(row.id)}` &&
    typeof row.title === "string" &&
    typeof row.text === "string" &&
    typeof row.hidden === "boolean" &&
    Array.isArray(row.reasons) && row.reasons.every(isDisputeReason) &&
    Array.isArray(row.statuses) && row.statuses.every(isDisputeStatus) &&
    typeof row.updatedAt === "string"
  );
}

/** Does one of the seller's own templates apply to this reason and status? */
export function ownTemplateFits(template: SellerReplyTemplate, reason: DisputeReason, status: DisputeStatus): boolean {
  return (
    !template.hidden &&
    !isBuiltInTemplateId(template.id) &&
    (template.reasons.length === 0 || template.reasons.includes(reason)) &&
    (template.statuses.length === 0 || template.statuses.includes(status))
  );
}

export type CatalogOrigin = "built-in" | "edited" | "own";

/** One line of the editor's list for a language. */
export interface CatalogEntry {
  id: string;
  origin: CatalogOrigin;
  title: string;
  text: string;
  hidden: boolean;
  /** For a built-in, its own words (to show beside a rewording, and to restore). */
  original: { title: string; text: string } | null;
  /** A buyer text gets the language's greeting put before it; a statement for the platform does not. */
  greeting: string | null;
  reasons: DisputeReason[];
  statuses: DisputeStatus[];
}

/** Every template in one language as the editor lists it: built-ins first (reworded or hidden as the seller chose), then the seller's own. */
export function replyTemplateCatalog(language: ReplyLanguage, sellerTemplates: readonly SellerReplyTemplate[]): CatalogEntry[] {
  const pack = LANGUAGE_PACKS[language];
  const mine = sellerTemplates.filter((template) => template.language === language);
  const byId = new Map(mine.map((template) => [template.id, template]));
  const builtIns = REPLY_TEMPLATE_IDS.map((id): CatalogEntry => {
    const original = pack.replies[id];
    const change = byId.get(id);
    const edited = change !== undefined && !change.hidden;
    return {
      id,
      origin: edited ? "edited" : "built-in",
      title: edited ? change.title : original.title,
      text: edited ? change.text : original.text,
      hidden: change?.hidden ?? false,
      original: { title: original.title, text: original.text },
      greeting: REPLY_TEMPLATE_AUDIENCE[id] === "buyer" ? pack.greeting : null,
      reasons: [],
      statuses: [],
    };
  });
  const own = mine
    .filter((template) => !isBuiltInTemplateId(template.id))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((template): CatalogEntry => ({
      id: template.id,
      origin: "own",
      title: template.title,
      text: template.text,
      hidden: false,
      original: null,
      greeting: null,
      reasons: template.reasons,
      statuses: template.statuses,
    }));
  return [...builtIns, ...own];
}
