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

// ISO 3166 country → the language most buyers there read on AliExpress. Only where one language clearly dominates
// (for the former Soviet states: AliExpress's own Russian site); every other country falls back to English.
const LANGUAGE_BY_COUNTRY: Readonly<Record<string, ReplyLanguage>> = {
  ES: "es", MX: "es", AR: "es", CL: "es", CO: "es", PE: "es", UY: "es", EC: "es", VE: "es", BO: "es", PY: "es",
  CR: "es", DO: "es", GT: "es", PA: "es", HN: "es", SV: "es", NI: "es", CU: "es", PR: "es",
  FR: "fr", BE: "fr", LU: "fr", MC: "fr",
  BR: "pt", PT: "pt", AO: "pt", MZ: "pt",
  RU: "ru", UA: "ru", BY: "ru", KZ: "ru", KG: "ru", UZ: "ru", TJ: "ru", TM: "ru", AM: "ru", AZ: "ru", MD: "ru",
  DE: "de", AT: "de", CH: "de", LI: "de",
  PL: "pl",
  KR: "ko",
  CN: "zh", TW: "zh", HK: "zh", MO: "zh",
  US: "en", GB: "en", AU: "en", CA: "en", NZ: "en", IE: "en",
};

// Country names as pages and exports write them (English, Chinese, and the country's own), for a buyerCountry
// that is a name rather than a code (DisputeReading.buyerCountry: "a code such as "BR", or a name").
const COUNTRY_BY_NAME: Readonly<Record<string, string>> = {
  spain: "ES", españa: "ES", 西班牙: "ES", mexico: "MX", méxico: "MX", 墨西哥: "MX", chile: "CL", 智利: "CL",
  argentina: "AR", 阿根廷: "AR", colombia: "CO", 哥伦比亚: "CO", peru: "PE", perú: "PE", 秘鲁: "PE",
  france: "FR", 法国: "FR", belgium: "BE", belgique: "BE", 比利时: "BE",
  brazil: "BR", brasil: "BR", 巴西: "BR", portugal: "PT", 葡萄牙: "PT",
  russia: "RU", "russian federation": "RU", россия: "RU", 俄罗斯: "RU", ukraine: "UA", україна: "UA", украина: "UA", 乌克兰: "UA",
  belarus: "BY", беларусь: "BY", 白俄罗斯: "BY", kazakhstan: "KZ", казахстан: "KZ", 哈萨克斯坦: "KZ",
  germany: "DE", deutschland: "DE", 德国: "DE", austria: "AT", österreich: "AT", 奥地利: "AT",
  switzerland: "CH", schweiz: "CH", suisse: "CH", 瑞士: "CH",
  poland: "PL", polska: "PL", 波兰: "PL",
  korea: "KR", "south korea": "KR", "korea, republic of": "KR", "republic of korea": "KR", 대한민국: "KR", 韩国: "KR",
  china: "CN", 中国: "CN",
  "united states": "US", usa: "US", 美国: "US", "united kingdom": "GB", uk: "GB", 英国: "GB",
};

/** A two-letter code, or the code of a country name we know; null otherwise. */
export function countryCodeOf(country: string): string | null {
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return COUNTRY_BY_NAME[trimmed.toLowerCase().replace(/\s+/g, " ")] ?? null;
}

/** The reply language for a buyer's country (code or name); English where none dominates or the country is unknown. */
export function replyLanguageForCountry(country: string | null | undefined): ReplyLanguage {
  const code = country ? countryCodeOf(country) : null;
  return (code !== null ? LANGUAGE_BY_COUNTRY[code] : undefined) ?? "en";
}

/**
 * For the UI: the reply language for what we know of the buyer, a language tag or a country code or name
 * (DisputeRecord.buyerLanguage, OrderReading.buyerCountry). A language tag wins; unknown → English.
 */
export function replyLanguageFor(buyerLanguageOrCountry: string | null | undefined): ReplyLanguage {
  if (!buyerLanguageOrCountry) return "en";
  // Two letters that are both a language and a country ("PL", "DE", "BR"…): as a language tag when we have texts in it.
  const asLanguage = resolveReplyLanguage(buyerLanguageOrCountry);
  if (asLanguage) return asLanguage;
  return replyLanguageForCountry(buyerLanguageOrCountry);
}

/** A dispute's reply language: the one the seller chose for it (remembered), else the buyer's country's. */
export function replyLanguageOfDispute(dispute: { buyerLanguage: string | null; buyerCountry: string | null }): ReplyLanguage {
  if (dispute.buyerLanguage) {
    const chosen = resolveReplyLanguage(dispute.buyerLanguage);
    if (chosen) return chosen;
  }
  return replyLanguageForCountry(dispute.buyerCountry);
}
