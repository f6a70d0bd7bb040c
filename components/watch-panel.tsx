// The popup's watch panel (issue 13): "Check now", the store being checked, and per store when it was last
// checked and what came of it; a paused watch says what to do. Props in, one callback out.
import type { UiLanguage, WatchCheck } from "../lib/model";
import type { WatchView } from "../lib/watch/watch-runner";
import { formatElapsed } from "../lib/i18n/format-duration";
import { instantLine } from "../lib/i18n/instant-text";
import { t } from "../lib/i18n/translate";
import type { MessageKey } from "../lib/i18n/messages";
import { storeLabel } from "./store-label";

export interface WatchPanelProps {
  watch: WatchView;
  now: Date;
  lang: UiLanguage;
  browserZone: string;
  platformZone: string;
  storeNames?: Readonly<Record<string, string>>;
  onCheckNow(): void;
}

const OUTCOME_TEXT: Record<WatchCheck["outcome"], MessageKey> = {
  read: "watch_outcome_read",
  "signed-out": "watch_outcome_signed_out",
  "no-answer": "watch_outcome_no_answer",
  failed: "watch_outcome_failed",
};

export function WatchPanel({ watch, now, lang, browserZone, platformZone, storeNames, onCheckNow }: WatchPanelProps) {
  const store = (channelId: string) => storeLabel(channelId, lang, storeNames);
  const checkLine = (channelId: string, check: WatchCheck | null) =>
    check === null
      ? t(lang, "watch_never_checked", { store: store(channelId) })
      : t(lang, OUTCOME_TEXT[check.outcome], { store: store(channelId), age: formatElapsed(now.getTime() - Date.parse(check.at), lang), count: check.disputes ?? 0 });
  let status: string;
  if (watch.running !== null) {
    const params = { store: store(watch.running.channelId), count: watch.running.queue.length };
    status = t(lang, params.count > 0 ? "watch_checking_queue" : "watch_checking", params);
  } else if (watch.stores.length === 0) status = t(lang, "watch_no_store");
  else if (watch.pausedSince !== null) status = t(lang, "watch_paused");
  else if (!watch.enabled) status = t(lang, "watch_off");
  else status = watch.nextCheckAt === null ? "" : t(lang, "watch_next", { time: instantLine(watch.nextCheckAt, browserZone, platformZone, lang) });

  return (
    <section class="watch-panel" aria-label={t(lang, "watch_section")}>
      <div class="watch-head">
        <button type="button" class="primary" onClick={onCheckNow} disabled={watch.running !== null || watch.stores.length === 0}>
          {t(lang, "watch_check_now")}
        </button>
        <span class={watch.pausedSince !== null && watch.running === null ? "watch-paused" : undefined} role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {watch.stores.length > 0 ? (
        <ul>
          {watch.stores.map((entry) => (
            <li key={entry.channelId}>{checkLine(entry.channelId, entry.lastCheck)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
