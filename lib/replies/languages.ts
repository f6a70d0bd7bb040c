// Which language a reply is written in: the buyer's, never the seller's (a seller answers in the buyer's language).

export const REPLY_LANGUAGES = ["en", "es", "fr", "pt", "ru", "de", "pl", "ko", "zh"] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === "string" && (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/**
 * A BCP 47 tag ("pt-BR", "zh-CN", "en_US", "RU") by its primary subtag; null when we have no texts in it.
 * Chinese of every region gets the simplified texts: better than none.
 */
export function resolveReplyLanguage(code: string): ReplyLanguage | null {
  const primary = code.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isReplyLanguage(primary) ? primary : null;
}

// ISO 3166 country → the language most buyers there read. Only where one language clearly dominates;
// every other country falls back to English.
const LANGUAGE_BY_COUNTRY: Readonly<Record<string, ReplyLanguage>> = {
  ES: "es", MX: "es", AR: "es", CL: "es", CO: "es", PE: "es", UY: "es", EC: "es", VE: "es", BO: "es", PY: "es",
  CR: "es", DO: "es", GT: "es", PA: "es",
  FR: "fr", BE: "fr", LU: "fr", MC: "fr",
  BR: "pt", PT: "pt",
  RU: "ru", BY: "ru", KZ: "ru", KG: "ru",
  DE: "de", AT: "de", CH: "de", LI: "de",
  PL: "pl",
  KR: "ko",
  CN: "zh", TW: "zh", HK: "zh", MO: "zh",
  US: "en", GB: "en", AU: "en", CA: "en", NZ: "en", IE: "en",
};

/**
 * For the UI: the reply language for what we know of the buyer, a language tag or a two-letter country code
 * (DisputeRecord.buyerLanguage, OrderReading.buyerCountry). A language tag wins; unknown → English.
 */
export function replyLanguageFor(buyerLanguageOrCountry: string | null | undefined): ReplyLanguage {
  if (!buyerLanguageOrCountry) return "en";
  const asLanguage = resolveReplyLanguage(buyerLanguageOrCountry);
  if (asLanguage) return asLanguage;
  return LANGUAGE_BY_COUNTRY[buyerLanguageOrCountry.trim().toUpperCase()] ?? "en";
}
