// The options page's "Your data" section: backup export and import, spreadsheet export, and clearing
// everything after a confirmation that says what will be lost. Props in, callbacks out: the wiring
// (entrypoints/options/connected-options.tsx) talks to the background and builds the downloads.
import { useEffect, useRef, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import type { StoredDataSummary } from "../lib/db/clear-all";
import { t } from "../lib/i18n/translate";

export interface DataMessage {
  kind: "success" | "error";
  text: string;
}

export interface DataSectionProps {
  lang: UiLanguage;
  /** What is stored now; null while it loads. */
  summary: StoredDataSummary | null;
  /** The result of the last export, import or clearing, shown below the buttons. */
  message: DataMessage | null;
  onExportBackup(): void;
  onExportSpreadsheet(): void;
  onImport(file: File): void;
  onClearAll(): void | Promise<void>;
}

export function DataSection(props: DataSectionProps) {
  const { lang, summary } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [clearing, setClearing] = useState(false);

  // The safe choice has the focus: Enter or Space right after opening does not delete anything.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const clearAll = async () => {
    setClearing(true);
    try {
      await props.onClearAll();
    } finally {
      setClearing(false);
      setConfirming(false);
    }
  };

  return (
    <fieldset class="field data-section" data-testid="data-section">
      <legend>{t(lang, "data_title")}</legend>
      {summary ? (
        <p class="field-hint" data-testid="data-summary">
          {t(lang, "data_summary", {
            disputes: summary.disputes,
            open: summary.openDisputes,
            orders: summary.orders,
            events: summary.events,
            templates: summary.replyTemplates,
          })}
        </p>
      ) : null}

      <div class="data-action">
        <button type="button" onClick={props.onExportBackup}>
          {t(lang, "options_export")}
        </button>
        <span class="field-hint">{t(lang, "data_export_backup_hint")}</span>
      </div>
      <div class="data-action">
        <button type="button" onClick={props.onExportSpreadsheet}>
          {t(lang, "data_export_csv")}
        </button>
        <span class="field-hint">{t(lang, "data_export_csv_hint")}</span>
      </div>
      <div class="data-action">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t(lang, "options_import")}
        </button>
        <span class="field-hint">{t(lang, "data_import_hint")}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          data-testid="import-file"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file !== undefined) props.onImport(file);
            // The same file chosen again (after fixing it) must fire again.
            e.currentTarget.value = "";
          }}
        />
      </div>

      {props.message ? (
        <p class={`backup-message backup-${props.message.kind}`} role={props.message.kind === "error" ? "alert" : "status"} data-testid="data-message">
          {props.message.text}
        </p>
      ) : null}

      <div class="data-action danger-zone">
        {confirming ? (
          <div class="confirm-clear" role="group" aria-labelledby="confirm-clear-title" data-testid="confirm-clear">
            <p class="confirm-title" id="confirm-clear-title">
              <strong>{t(lang, "data_clear_confirm_title")}</strong>
            </p>
            <p>
              {t(lang, "data_clear_confirm_body", {
                disputes: summary?.disputes ?? 0,
                open: summary?.openDisputes ?? 0,
                orders: summary?.orders ?? 0,
                events: summary?.events ?? 0,
                notes: summary?.notes ?? 0,
                ticks: summary?.ticks ?? 0,
                templates: summary?.replyTemplates ?? 0,
              })}
            </p>
            <div class="button-row">
              <button type="button" class="danger" disabled={clearing} onClick={() => void clearAll()}>
                {t(lang, "data_clear_confirm")}
              </button>
              <button type="button" ref={cancelButton} disabled={clearing} onClick={() => setConfirming(false)}>
                {t(lang, "data_cancel")}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t(lang, "data_clear")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
