// Wiring for the settings page: loads settings, saves them, and turns the data section's buttons into
// messages to the background and files for the seller (a service worker cannot start a download).
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { OptionsApp, type BackupMessage } from "@/components/options-app";
import { sendMessage, type ResponseOf } from "@/lib/messages";
import type { UiLanguage } from "@/lib/model";
import type { StoredDataSummary } from "@/lib/db/clear-all";
import { RULEBOOK } from "@/lib/rules/rulebook";
import type { RuleId } from "@/lib/rules/types";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import { t } from "@/lib/i18n/translate";
import { MAX_BACKUP_CHARS, MAX_BACKUP_FILE_BYTES } from "@/lib/backup/backup-limits";
import { describeBackupProblem, describeImportResult } from "@/lib/backup/backup-problem";

const RULES = (Object.keys(RULEBOOK) as RuleId[]).map((id) => ({ id, defaultHours: RULEBOOK[id].hours }));

/** A result said in whatever the UI language is when it is shown: clearing resets it, Save may change it. */
interface PendingMessage {
  kind: BackupMessage["kind"];
  say(lang: UiLanguage): string;
}

function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ConnectedOptionsProps {
  /** After an import or a clearing: what other parts of the page show (the reply templates) may have changed. */
  onDataReplaced?(): void;
}

export function ConnectedOptions({ onDataReplaced }: ConnectedOptionsProps = {}) {
  const [loaded, setLoaded] = useState<ResponseOf<"get-settings"> | null>(null);
  const [dataSummary, setDataSummary] = useState<StoredDataSummary | null>(null);
  const [dataMessage, setDataMessage] = useState<PendingMessage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const refreshSummary = () => sendMessage("data-summary", {}).then(setDataSummary, () => setDataSummary(null));
  useEffect(() => {
    sendMessage("get-settings", {}).then(setLoaded, (error: unknown) => setFailed(String(error)));
    void refreshSummary();
  }, []);

  if (!loaded) {
    const lang = resolveUiLanguage("auto", browser.i18n.getUILanguage());
    return <p>{failed ?? `${t(lang, "app_name")} …`}</p>;
  }
  const lang = resolveUiLanguage(loaded.settings.uiLanguage, browser.i18n.getUILanguage());
  const showError = (error: unknown) =>
    setDataMessage({ kind: "error", say: (l) => t(l, "data_failed", { error: error instanceof Error ? error.message : String(error) }) });
  return (
    <OptionsApp
      key={JSON.stringify(loaded.settings)}
      settings={loaded.settings}
      rules={RULES}
      rulebookVersion={loaded.rulebookVersion}
      knownStores={loaded.knownStores}
      version={browser.runtime.getManifest().version}
      lang={lang}
      backupMessage={dataMessage === null ? null : { kind: dataMessage.kind, text: dataMessage.say(lang) }}
      dataSummary={dataSummary}
      onSave={async (settings) => {
        const saved = await sendMessage("save-settings", { settings });
        setLoaded({ ...loaded, settings: saved.settings });
      }}
      onExport={() =>
        void sendMessage("export-backup", {}).then(({ json, fileName }) => {
          download(json, fileName, "application/json");
          setDataMessage({ kind: "success", say: (l) => t(l, "data_saved_file", { file: fileName }) });
        }, showError)
      }
      onExportSpreadsheet={() =>
        void sendMessage("export-spreadsheet", {}).then(({ csv, fileName, rows }) => {
          // The text already starts with its byte-order mark (lib/backup/csv-export.ts).
          download(csv, fileName, "text/csv;charset=utf-8");
          setDataMessage({ kind: "success", say: (l) => t(l, "data_saved_csv", { file: fileName, count: rows }) });
        }, showError)
      }
      onImport={(file) => {
        // Refused before reading: a huge file would only be read into memory to be refused by the background.
        if (file.size > MAX_BACKUP_FILE_BYTES) {
          setDataMessage({ kind: "error", say: (l) => describeBackupProblem({ kind: "too-large", limitMb: MAX_BACKUP_CHARS / 1_000_000 }, l) });
          return;
        }
        void file
          .text()
          .then((json) => sendMessage("import-backup", { json }))
          .then((outcome) => {
            setDataMessage({ kind: outcome.ok ? "success" : "error", say: (l) => describeImportResult(outcome, l) });
            if (outcome.ok) {
              onDataReplaced?.();
              void refreshSummary();
              void sendMessage("get-settings", {}).then(setLoaded);
            }
          }, showError);
      }}
      onClearAll={async () => {
        try {
          setDataSummary(await sendMessage("clear-all-data", {}));
          onDataReplaced?.();
          setDataMessage({ kind: "success", say: (l) => t(l, "data_cleared") });
          setLoaded(await sendMessage("get-settings", {}));
        } catch (error) {
          showError(error);
        }
      }}
    />
  );
}
