// Which language the UI speaks: the seller's choice, or the browser's when set to "auto".
import type { Settings, UiLanguage } from "../model";

/** "auto" follows the browser: every Chinese variant (zh, zh-CN, zh-TW…) → zh, everything else → en. */
export function resolveUiLanguage(setting: Settings["uiLanguage"], browserLanguage: string): UiLanguage {
  if (setting !== "auto") return setting;
  return /^zh\b/i.test(browserLanguage.trim()) ? "zh" : "en";
}
