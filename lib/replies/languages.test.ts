import { countryCodeOf, replyLanguageFor, replyLanguageForCountry, replyLanguageOfDispute, resolveReplyLanguage } from "./languages";

describe("resolveReplyLanguage", () => {
  it.each([
    ["en", "en"], ["en-US", "en"], ["pt-BR", "pt"], ["zh-CN", "zh"], ["zh_TW", "zh"], ["RU", "ru"], [" ko-KR ", "ko"], ["es-419", "es"],
    ["de-AT", "de"], ["fr-CA", "fr"], ["pl", "pl"],
  ])("reads %j by its primary subtag as %s", (code, language) => {
    expect(resolveReplyLanguage(code)).toBe(language);
  });
  it.each(["it", "ja-JP", "", "english", "e", "xx-pt"])("has no texts for %j", (code) => {
    expect(resolveReplyLanguage(code)).toBeNull();
  });
});

describe("replyLanguageFor", () => {
  it("prefers a language tag", () => {
    expect(replyLanguageFor("pt-BR")).toBe("pt");
    expect(replyLanguageFor("de")).toBe("de");
  });
  it("falls back to the buyer's country", () => {
    expect(replyLanguageFor("BR")).toBe("pt");
    expect(replyLanguageFor("MX")).toBe("es");
    expect(replyLanguageFor("KR")).toBe("ko");
    expect(replyLanguageFor("BY")).toBe("ru");
    expect(replyLanguageFor("CN")).toBe("zh");
  });
  it("falls back to English for anything else", () => {
    expect(replyLanguageFor("IT")).toBe("en");
    expect(replyLanguageFor("ja")).toBe("en");
    expect(replyLanguageFor(null)).toBe("en");
    expect(replyLanguageFor(undefined)).toBe("en");
    expect(replyLanguageFor("")).toBe("en");
  });
});

describe("replyLanguageForCountry (the issue's map)", () => {
  it.each([
    ["BR", "pt"], ["PT", "pt"], ["PL", "pl"], ["KR", "ko"], ["ES", "es"], ["MX", "es"], ["CL", "es"], ["FR", "fr"], ["BE", "fr"],
    ["RU", "ru"], ["UA", "ru"], ["BY", "ru"], ["KZ", "ru"], ["DE", "de"], ["AT", "de"], ["CH", "de"], ["CN", "zh"],
    ["US", "en"], ["IT", "en"], ["JP", "en"], ["NL", "en"], ["br", "pt"], [" kr ", "ko"],
  ])("%s → %s", (country, language) => {
    expect(replyLanguageForCountry(country)).toBe(language);
  });

  it("reads country names in English, Chinese and the country's own language", () => {
    expect(replyLanguageForCountry("Brazil")).toBe("pt");
    expect(replyLanguageForCountry("巴西")).toBe("pt");
    expect(replyLanguageForCountry("Korea, Republic of")).toBe("ko");
    expect(replyLanguageForCountry("韩国")).toBe("ko");
    expect(replyLanguageForCountry("Österreich")).toBe("de");
    expect(replyLanguageForCountry("Ukraine")).toBe("ru");
    expect(replyLanguageForCountry("Italy")).toBe("en");
    expect(replyLanguageForCountry(null)).toBe("en");
  });

  it("gives codes for names and keeps codes", () => {
    expect(countryCodeOf("Polska")).toBe("PL");
    expect(countryCodeOf("mx")).toBe("MX");
    expect(countryCodeOf("Atlantis")).toBeNull();
  });
});

describe("replyLanguageOfDispute", () => {
  it("remembers the seller's choice over the country", () => {
    expect(replyLanguageOfDispute({ buyerLanguage: "de", buyerCountry: "BR" })).toBe("de");
    expect(replyLanguageOfDispute({ buyerLanguage: null, buyerCountry: "BR" })).toBe("pt");
    expect(replyLanguageOfDispute({ buyerLanguage: "xx", buyerCountry: "Poland" })).toBe("pl");
    expect(replyLanguageOfDispute({ buyerLanguage: null, buyerCountry: null })).toBe("en");
  });
});
