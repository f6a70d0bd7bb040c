// A store as the seller names it: the name given in the options, else "store <channelId>", else "your store".
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";

export function storeLabel(channelId: string, lang: UiLanguage, storeNames: Readonly<Record<string, string>> = {}): string {
  return storeNames[channelId] ?? (channelId === "" ? t(lang, "popup_store_unnamed") : t(lang, "popup_store", { store: channelId }));
}
