// The rules' explanations and expiry outcomes (lib/rules/explanation-messages.ts) in the seller's
// language, with instants shown in the seller's zone (and the platform's beside it).
import type { UiLanguage } from "../model";
import { EXPLANATION_MESSAGES } from "../rules/explanation-messages";
import type { MessageKey as RulesMessageKey } from "../rules/explanations";
import type { Explanation } from "../rules/types";
import { instantLine } from "./instant-text";
import { fillPlaceholders, type MessageParams } from "./translate";

// Parameters the rules pass as ISO-8601 UTC instants (see lib/rules/explanations.ts).
const INSTANT_PARAMS = new Set(["start", "readAt", "openedAt"]);

export interface Zones {
  browserZone: string;
  platformZone: string;
}

function isRulesMessageKey(key: string, lang: UiLanguage): key is RulesMessageKey {
  return Object.prototype.hasOwnProperty.call(EXPLANATION_MESSAGES[lang], key);
}

/** A rules message in words; an unknown key is shown as itself (visible, never blank). */
export function rulesMessageText(key: string, lang: UiLanguage): string {
  return isRulesMessageKey(key, lang) ? EXPLANATION_MESSAGES[lang][key] : key;
}

export function explanationText(explanation: Explanation, lang: UiLanguage, zones: Zones): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(explanation.params)) {
    params[name] =
      INSTANT_PARAMS.has(name) && typeof value === "string" && Number.isFinite(Date.parse(value))
        ? instantLine(value, zones.browserZone, zones.platformZone, lang)
        : value;
  }
  return fillPlaceholders(rulesMessageText(explanation.key, lang), params);
}

// The rules' unknown-deadline templates start with "deadline unknown:"; the UI already says so in its heading.
const UNKNOWN_PREFIX = /^\s*(deadline unknown|截止时间未知)\s*[:：]\s*/i;

/** Why a deadline is unknown, without repeating "deadline unknown". */
export function unknownReasonText(explanation: Explanation, lang: UiLanguage, zones: Zones): string {
  const text = explanationText(explanation, lang, zones).replace(UNKNOWN_PREFIX, "");
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
