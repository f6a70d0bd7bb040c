// Wiring for the settings page: loads settings, saves them, and turns backup buttons into file I/O + messages.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { OptionsApp, type BackupMessage } from "@/components/options-app";
import { sendMessage } from "@/lib/messages";
import type { Settings } from "@/lib/model";
import { RULEBOOK } from "@/lib/rules/rulebook";
import type { RuleId } from "@/lib/rules/types";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import { t } from "@/lib/i18n/translate";

const RULES = (Object.keys(RULEBOOK) as RuleId[]).map((id) => ({ id, defaultHours: RULEBOOK[id].hours }));

function download(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ConnectedOptions() {
  const [loaded, setLoaded] = useState<{ settings: Settings; rulebookVersion: string } | null>(null);
  const [backupMessage, setBackupMessage] = useState<BackupMessage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    sendMessage("get-settings", {}).then(setLoaded, (error: unknown) => setFailed(String(error)));
  }, []);

  if (!loaded) {
    const lang = resolveUiLanguage("auto", browser.i18n.getUILanguage());
    return <p>{failed ?? `${t(lang, "app.name")} …`}</p>;
  }
  const lang = resolveUiLanguage(loaded.settings.uiLanguage, browser.i18n.getUILanguage());
  return (
    <OptionsApp
      key={JSON.stringify(loaded.settings)}
      settings={loaded.settings}
      rules={RULES}
      rulebookVersion={loaded.rulebookVersion}
      lang={lang}
      backupMessage={backupMessage}
      onSave={async (settings) => {
        const saved = await sendMessage("save-settings", { settings });
        setLoaded({ ...loaded, settings: saved.settings });
      }}
      onExport={() =>
        void sendMessage("export-backup", {}).then(
          ({ json, fileName }) => {
            download(json, fileName);
            setBackupMessage({ kind: "success", text: fileName });
          },
          (error: unknown) => setBackupMessage({ kind: "error", text: String(error) }),
        )
      }
      onImport={(file) =>
        void file
          .text()
          .then((json) => sendMessage("import-backup", { json }))
          .then(
            (outcome) => {
              setBackupMessage({ kind: outcome.ok ? "success" : "error", text: outcome.message });
              if (outcome.ok) void sendMessage("get-settings", {}).then(setLoaded);
            },
            (error: unknown) => setBackupMessage({ kind: "error", text: String(error) }),
          )
      }
    />
  );
}
