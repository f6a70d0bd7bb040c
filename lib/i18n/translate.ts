// Look up a UI string and fill its `{placeholders}`.
import type { UiLanguage } from "../model";
import { MESSAGES, type MessageKey } from "./messages";

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` from params; a missing value stays visible as `[name]`, never "undefined". */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? `[${name}]` : String(value);
  });
}

/** The UI string `key` in `lang` with its placeholders filled. */
export function t(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(MESSAGES[lang][key], params);
}
