// Dispute reasons, statuses and rules in words (DOMAIN.md §1, §4).
import type { DisputeReason, DisputeStatus, UiLanguage } from "../model";
import type { Actor, RuleId } from "../rules/types";
import { t } from "./translate";
import { underscored } from "./message-name";

export function reasonName(reason: DisputeReason, lang: UiLanguage): string {
  return t(lang, `reason_${underscored(reason)}`);
}

export function statusName(status: DisputeStatus, lang: UiLanguage): string {
  return t(lang, `status_${underscored(status)}`);
}

export function ruleName(rule: RuleId, lang: UiLanguage): string {
  return t(lang, `rule_${underscored(rule)}`);
}

export function actorName(actor: Actor, lang: UiLanguage): string {
  return t(lang, `actor_${actor}`);
}
