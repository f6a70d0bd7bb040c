// Wiring for the popup: fetches state from the background, ticks the minute clock (countdowns tick by themselves),
// turns clicks into messages, and shows one dispute's view when asked.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { PopupApp } from "@/components/popup-app";
import { DisputeView } from "@/components/dispute-view";
import { sendMessage, type DisputeView as DisputeViewData, type PopupState, type ResponseOf } from "@/lib/messages";
import { t } from "@/lib/i18n/translate";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Ages ("data 5 h old") and urgency colours move slowly; the countdowns themselves tick every second. */
const LIST_CLOCK_MS = 30_000;

const copyText = (text: string) => navigator.clipboard.writeText(text).then(() => true, () => false);

export function ConnectedPopup() {
  const [state, setState] = useState<PopupState | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [viewing, setViewing] = useState<string | null>(null);
  const [view, setView] = useState<DisputeViewData | null | undefined>(undefined);

  const refresh = () =>
    sendMessage("popup-state", {})
      .then((next) => {
        setState(next);
        setFailed(null);
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  const [evidence, setEvidence] = useState<ResponseOf<"dispute-evidence">>(null);
  const refreshView = (disputeId: string) =>
    Promise.all([sendMessage("dispute-view", { disputeId }), sendMessage("dispute-evidence", { disputeId, language: state?.uiLanguage ?? "en" })]).then(
      ([nextView, nextEvidence]) => {
        setView(nextView);
        setEvidence(nextEvidence);
      },
    );

  useEffect(() => {
    void refresh();
    const tick = setInterval(() => setNow(new Date()), LIST_CLOCK_MS);
    return () => clearInterval(tick);
  }, []);
  // While the watch checks a store the list changes under the seller's eyes: poll faster until it is done.
  const checking = state?.watch?.running != null;
  useEffect(() => {
    const poll = setInterval(() => void refresh(), checking ? 1_500 : 15_000);
    return () => clearInterval(poll);
  }, [checking]);
  // The bench (npm run bench) times the popup's first render of the list from this mark.
  const loaded = state !== null;
  useEffect(() => {
    if (loaded) performance.mark("dispute-sentinel:popup-rendered");
  }, [loaded]);
  useEffect(() => {
    setView(undefined);
    if (viewing !== null) void refreshView(viewing);
  }, [viewing]);

  if (state === null) {
    const lang = resolveUiLanguage("auto", browser.i18n.getUILanguage());
    return <p class="popup-loading">{failed ?? `${t(lang, "app_name")} …`}</p>;
  }
  const lang = state.uiLanguage;
  const open = (disputeId: string) => void sendMessage("open-dispute", { disputeId });
  const toggleHandled = (disputeId: string) =>
    void sendMessage("toggle-handled", { disputeId }).then(() => {
      void refresh();
      if (viewing === disputeId) void refreshView(disputeId);
    });

  if (viewing !== null) {
    if (view === undefined) return <p class="popup-loading">{`${t(lang, "app_name")} …`}</p>;
    if (view === null)
      return (
        <div class="popup">
          <button type="button" class="link-button" onClick={() => setViewing(null)}>
            ← {t(lang, "view_back")}
          </button>
          <p>{t(lang, "view_not_found")}</p>
        </div>
      );
    const { record } = view.item;
    return (
      <DisputeView
        key={record.disputeId}
        item={view.item}
        timeline={view.timeline}
        order={view.order}
        now={now}
        lang={lang}
        browserZone={browserZone}
        platformZone={state.settings.platformZone}
        onBack={() => setViewing(null)}
        onOpen={open}
        onToggleHandled={toggleHandled}
        onToggleChecklist={(disputeId, itemId) => void sendMessage("toggle-checklist", { disputeId, itemId }).then(() => refreshView(disputeId))}
        onSaveNote={(disputeId, note) => sendMessage("set-note", { disputeId, note })}
        onCopy={copyText}
        evidence={evidence}
        loadReplies={(language, values) =>
          sendMessage("suggested-replies", { reason: record.reason, status: record.status, language, values, disputeId: record.disputeId }).then((r) => r.replies)
        }
        onLanguageChange={(language) => void sendMessage("set-buyer-language", { disputeId: record.disputeId, language })}
      />
    );
  }
  return (
    <PopupApp
      items={state.items}
      notices={state.notices}
      now={now}
      lang={lang}
      browserZone={browserZone}
      platformZone={state.settings.platformZone}
      onOpen={open}
      onSnooze={(disputeId) => void sendMessage("snooze", { disputeId, hours: 1 }).then(refresh)}
      onToggleHandled={toggleHandled}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      storeNames={state.settings.storeNames}
      onViewDetails={setViewing}
      onCopy={copyText}
      watch={state.watch}
      onCheckNow={() => void sendMessage("check-now", {}).then(refresh)}
    />
  );
}
