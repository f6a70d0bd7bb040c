// Every string the popup, options page, welcome page, overlay, notifications and badge show, in English and
// Chinese. They live in public/_locales (en, zh_CN) so translators find them where browser extensions keep
// them; the browser's own i18n.getMessage cannot switch language at runtime, so t() reads the same files.
// `{name}` marks a placeholder that t() fills; a missing one shows as `[name]`.
import type { UiLanguage } from "../model";
import enFile from "../../public/_locales/en/messages.json";
import zhFile from "../../public/_locales/zh_CN/messages.json";

export type MessageKey = keyof typeof enFile;
type LocaleFile = Record<MessageKey, { message: string }>;

function messagesOf(file: LocaleFile): Record<MessageKey, string> {
  const table = {} as Record<MessageKey, string>;
  for (const key of Object.keys(file) as MessageKey[]) table[key] = file[key].message;
  return table;
}

// Assigning the Chinese file to the English file's shape makes a missing key a compile error.
const zhChecked: LocaleFile = zhFile;

export const MESSAGES: Record<UiLanguage, Record<MessageKey, string>> = { en: messagesOf(enFile), zh: messagesOf(zhChecked) };
