// Wiring for the popup: fetches state from the background, ticks the clock, turns clicks into messages.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { PopupApp } from "@/components/popup-app";
import { sendMessage, type PopupState } from "@/lib/messages";
import { t } from "@/lib/i18n/translate";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ConnectedPopup() {
  const [state, setState] = useState<PopupState | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());

  const refresh = () =>
    sendMessage("popup-state", {})
      .then((next) => {
        setState(next);
        setFailed(null);
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));

  useEffect(() => {
    void refresh();
    const tick = setInterval(() => setNow(new Date()), 1000);
    const poll = setInterval(() => void refresh(), 15_000);
    return () => {
      clearInterval(tick);
      clearInterval(poll);
    };
  }, []);

  if (state === null) {
    const lang = resolveUiLanguage("auto", browser.i18n.getUILanguage());
    return <p class="popup-loading">{failed ?? `${t(lang, "app.name")} …`}</p>;
  }
  return (
    <PopupApp
      items={state.items}
      notices={state.notices}
      now={now}
      lang={state.uiLanguage}
      browserZone={browserZone}
      platformZone={state.settings.platformZone}
      onOpen={(disputeId) => void sendMessage("open-dispute", { disputeId })}
      onSnooze={(disputeId) => void sendMessage("snooze", { disputeId, hours: 1 }).then(refresh)}
      onToggleHandled={(disputeId) => void sendMessage("toggle-handled", { disputeId }).then(refresh)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
