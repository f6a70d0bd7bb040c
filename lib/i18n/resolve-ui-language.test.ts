import { resolveUiLanguage } from "./resolve-ui-language";

describe("resolveUiLanguage", () => {
  it("keeps an explicit choice whatever the browser says", () => {
    expect(resolveUiLanguage("en", "zh-CN")).toBe("en");
    expect(resolveUiLanguage("zh", "en-US")).toBe("zh");
  });
  it("follows the browser on auto: Chinese variants are zh", () => {
    for (const lang of ["zh", "zh-CN", "zh-TW", "zh-Hans-CN", "ZH-cn"]) expect(resolveUiLanguage("auto", lang)).toBe("zh");
  });
  it("falls back to English for every other language", () => {
    for (const lang of ["en-US", "de", "ru", "", "zhx"]) expect(resolveUiLanguage("auto", lang)).toBe("en");
  });
});
