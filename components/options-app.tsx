// The options page: the seller's settings as a form, validated on Save (every error beside its
// field), then handed to `onSave`; the data section's exports, import and clearing are callbacks.
import { useState } from "preact/hooks";
import type { Settings, UiLanguage } from "../lib/model";
import { ruleName } from "../lib/i18n/display-names";
import { t } from "../lib/i18n/translate";
import { draftFromSettings, validateDraft, type DraftField, type FieldError, type RuleLengthInfo, type SettingsDraft } from "./settings-form";
import { DataSection, type DataMessage } from "./data-section";
import type { StoredDataSummary } from "../lib/db/clear-all";
import { MAX_STORE_NAME_LENGTH } from "../lib/backup/backup-schema";
import "./app-styles.css";

export type BackupMessage = DataMessage;

export interface OptionsAppProps {
  settings: Settings;
  /** The rulebook's clocks with their published lengths (RULEBOOK in lib/rules/rulebook.ts). */
  rules: readonly RuleLengthInfo[];
  rulebookVersion: string;
  lang: UiLanguage;
  onSave(settings: Settings): void | Promise<void>;
  /** Backup file export. */
  onExport(): void;
  onExportSpreadsheet(): void;
  onImport(file: File): void;
  /** Called once the seller has confirmed. */
  onClearAll(): void | Promise<void>;
  /** What is stored, for the data section and the clearing confirmation; null while loading. */
  dataSummary: StoredDataSummary | null;
  /** The channelIds of the stores seen so far, to name them. */
  knownStores?: readonly string[];
  /** The extension's version, for the About section. */
  version?: string;
  /** Result of the last export, import or clearing, shown in the data section. */
  backupMessage?: BackupMessage | null;
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: string } | { kind: "invalid" };

export function OptionsApp(props: OptionsAppProps) {
  const { lang, rules } = props;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(props.settings));
  const [errors, setErrors] = useState<Partial<Record<DraftField, FieldError>>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });

  const update = (change: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...change });
    if (saveState.kind === "saved") setSaveState({ kind: "idle" });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const result = validateDraft(draft, props.settings, rules);
    if (!result.ok) {
      setErrors(result.errors);
      setSaveState({ kind: "invalid" });
      return;
    }
    setErrors({});
    setSaveState({ kind: "saving" });
    try {
      await props.onSave(result.settings);
      setSaveState({ kind: "saved" });
    } catch (error) {
      setSaveState({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const errorOf = (field: DraftField) => {
    const error = errors[field];
    return error === undefined ? null : t(lang, error.key, error.params);
  };
  const describedBy = (field: DraftField) => (errors[field] === undefined ? undefined : `error-${field}`);
  const fieldError = (field: DraftField) => {
    const text = errorOf(field);
    return text === null ? null : (
      <p class="field-error" id={`error-${field}`} role="alert">
        {text}
      </p>
    );
  };

  return (
    <form class="options" lang={lang === "zh" ? "zh-CN" : "en"} onSubmit={save} noValidate>
      <h1>{t(lang, "options_title")}</h1>

      <label class="field">
        <span class="field-label">{t(lang, "options_language")}</span>
        <select
          value={draft.uiLanguage}
          onChange={(e) => update({ uiLanguage: languageOf(e.currentTarget.value) })}
        >
          <option value="auto">{t(lang, "options_language_auto")}</option>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
      </label>

      <label class="field">
        <span class="field-label">{t(lang, "options_platform_zone")}</span>
        <input
          type="text"
          value={draft.platformZone}
          aria-invalid={errors.platformZone !== undefined}
          aria-describedby={describedBy("platformZone")}
          onInput={(e) => update({ platformZone: e.currentTarget.value })}
        />
        <span class="field-hint">{t(lang, "options_platform_zone_hint")}</span>
        {fieldError("platformZone")}
      </label>

      <fieldset class="field">
        <legend>{t(lang, "options_dispute_reminders")}</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={draft.disputeRemindersOn}
            onChange={(e) => update({ disputeRemindersOn: e.currentTarget.checked })}
          />
          {t(lang, "options_enabled")}
        </label>
        <input
          type="text"
          aria-label={t(lang, "options_dispute_reminders")}
          value={draft.disputeThresholds}
          disabled={!draft.disputeRemindersOn}
          aria-invalid={errors.disputeThresholds !== undefined}
          aria-describedby={describedBy("disputeThresholds")}
          onInput={(e) => update({ disputeThresholds: e.currentTarget.value })}
        />
        <span class="field-hint">{t(lang, "options_thresholds_hint")}</span>
        {fieldError("disputeThresholds")}
      </fieldset>

      <fieldset class="field">
        <legend>{t(lang, "options_order_reminders")}</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={draft.orderRemindersOn}
            onChange={(e) => update({ orderRemindersOn: e.currentTarget.checked })}
          />
          {t(lang, "options_enabled")}
        </label>
        <input
          type="text"
          aria-label={t(lang, "options_order_reminders")}
          value={draft.orderThresholds}
          disabled={!draft.orderRemindersOn}
          aria-invalid={errors.orderThresholds !== undefined}
          aria-describedby={describedBy("orderThresholds")}
          onInput={(e) => update({ orderThresholds: e.currentTarget.value })}
        />
        <span class="field-hint">{t(lang, "options_thresholds_hint")}</span>
        {fieldError("orderThresholds")}
      </fieldset>

      <fieldset class="field">
        <legend>{t(lang, "options_quiet_hours")}</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(e) => update({ quietEnabled: e.currentTarget.checked })}
          />
          {t(lang, "options_enabled")}
        </label>
        <div class="inline-fields">
          <label>
            {t(lang, "options_quiet_start")}{" "}
            <input
              type="time"
              value={draft.quietStart}
              disabled={!draft.quietEnabled}
              aria-invalid={errors.quietStart !== undefined}
              aria-describedby={describedBy("quietStart")}
              onInput={(e) => update({ quietStart: e.currentTarget.value })}
            />
          </label>
          <label>
            {t(lang, "options_quiet_end")}{" "}
            <input
              type="time"
              value={draft.quietEnd}
              disabled={!draft.quietEnabled}
              aria-invalid={errors.quietEnd !== undefined}
              aria-describedby={describedBy("quietEnd")}
              onInput={(e) => update({ quietEnd: e.currentTarget.value })}
            />
          </label>
        </div>
        {fieldError("quietStart")}
        {fieldError("quietEnd")}
      </fieldset>

      <fieldset class="field watch-settings">
        <legend>{t(lang, "watch_section")}</legend>
        <label class="switch">
          <input type="checkbox" checked={draft.watchEnabled} onChange={(e) => update({ watchEnabled: e.currentTarget.checked })} />
          {t(lang, "watch_enable")}
        </label>
        <label class="inline-fields">
          {t(lang, "watch_every")}{" "}
          <input
            type="text"
            inputMode="numeric"
            size={3}
            value={draft.watchEveryHours}
            disabled={!draft.watchEnabled}
            aria-invalid={errors.watchEveryHours !== undefined}
            aria-describedby={describedBy("watchEveryHours")}
            onInput={(e) => update({ watchEveryHours: e.currentTarget.value })}
          />
        </label>
        {fieldError("watchEveryHours")}
        <p class="field-hint">{t(lang, "watch_how")}</p>
        <p class="field-hint">{t(lang, "watch_limits")}</p>
      </fieldset>

      <label class="field">
        <span class="field-label">{t(lang, "options_stale_hours")}</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft.staleListHours}
          aria-invalid={errors.staleListHours !== undefined}
          aria-describedby={describedBy("staleListHours")}
          onInput={(e) => update({ staleListHours: e.currentTarget.value })}
        />
        {fieldError("staleListHours")}
      </label>

      <label class="field">
        <span class="field-label">{t(lang, "options_retention")}</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft.retentionDays}
          aria-invalid={errors.retentionDays !== undefined}
          aria-describedby={describedBy("retentionDays")}
          onInput={(e) => update({ retentionDays: e.currentTarget.value })}
        />
        <span class="field-hint">{t(lang, "options_retention_hint")}</span>
        {fieldError("retentionDays")}
      </label>

      <fieldset class="field rules">
        <legend>{t(lang, "options_rules")}</legend>
        <p class="field-hint">
          {t(lang, "options_rules_hint")} {t(lang, "options_rulebook_version", { version: props.rulebookVersion })}
        </p>
        <table class="rule-table">
          <tbody>
            {rules.map((rule) => {
              const field: DraftField = `rule:${rule.id}`;
              return (
                <tr key={rule.id}>
                  <th scope="row">
                    {ruleName(rule.id, lang)} <span class="rule-id">{rule.id}</span>
                  </th>
                  <td>
                    {rule.defaultHours === null ? (
                      <span class="field-hint">{t(lang, "options_rule_default_none")}</span>
                    ) : (
                      <>
                        <input
                          type="text"
                          inputMode="decimal"
                          class="rule-hours"
                          aria-label={`${ruleName(rule.id, lang)} (${rule.id})`}
                          placeholder={String(rule.defaultHours)}
                          value={draft.ruleHours[rule.id] ?? ""}
                          aria-invalid={errors[field] !== undefined}
                          aria-describedby={describedBy(field)}
                          onInput={(e) => update({ ruleHours: { ...draft.ruleHours, [rule.id]: e.currentTarget.value } })}
                        />{" "}
                        <span class="field-hint">{t(lang, "options_rule_default", { hours: rule.defaultHours })}</span>
                        {fieldError(field)}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <fieldset class="field store-names">
        <legend>{t(lang, "options_stores")}</legend>
        <p class="field-hint">{t(lang, "options_stores_hint")}</p>
        {(props.knownStores ?? []).length === 0 ? <p class="field-hint">{t(lang, "options_stores_none")}</p> : null}
        {(props.knownStores ?? []).map((channelId) => (
          <label class="inline-fields" key={channelId}>
            <span class="store-id">{channelId}</span>
            <input
              type="text"
              maxLength={MAX_STORE_NAME_LENGTH}
              aria-label={t(lang, "options_store_name", { store: channelId })}
              value={draft.storeNames[channelId] ?? ""}
              onInput={(e) => update({ storeNames: { ...draft.storeNames, [channelId]: e.currentTarget.value } })}
            />
          </label>
        ))}
      </fieldset>

      <div class="save-bar">
        <button type="submit" class="primary" disabled={saveState.kind === "saving"}>
          {t(lang, "options_save")}
        </button>
        <span class={`save-state save-${saveState.kind}`} role="status">
          {saveState.kind === "saved"
            ? t(lang, "options_saved")
            : saveState.kind === "failed"
              ? t(lang, "options_save_failed", { error: saveState.error })
              : saveState.kind === "invalid"
                ? t(lang, "options_fix_errors")
                : ""}
        </span>
      </div>

      <DataSection
        lang={lang}
        summary={props.dataSummary}
        message={props.backupMessage ?? null}
        onExportBackup={props.onExport}
        onExportSpreadsheet={props.onExportSpreadsheet}
        onImport={props.onImport}
        onClearAll={props.onClearAll}
      />

      <section class="field about" aria-labelledby="about-title">
        <h2 id="about-title">{t(lang, "about_title")}</h2>
        <p>{t(lang, "about_version", { version: props.version ?? "", rulebook: props.rulebookVersion })}</p>
        <p>{t(lang, "about_privacy")}</p>
        <p>{t(lang, "about_reads")}</p>
        <p>{t(lang, "about_cannot_see")}</p>
      </section>
    </form>
  );
}

function languageOf(value: string): Settings["uiLanguage"] {
  return value === "en" || value === "zh" ? value : "auto";
}
