import { replyLanguageFor, resolveReplyLanguage } from "./languages";

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
