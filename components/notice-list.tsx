// The popup's notices: stale store lists and expired logins, each saying what to do.
import type { UiLanguage } from "../lib/model";
import { formatElapsed } from "../lib/i18n/format-duration";
import { t } from "../lib/i18n/translate";
import { storeLabel } from "./store-label";
import type { ListNotice } from "../lib/reminders/list-notices";

export interface NoticeListProps {
  notices: readonly ListNotice[];
  now: Date;
  lang: UiLanguage;
  /** Display names of stores by channelId, when the lead knows them. */
  storeNames?: Readonly<Record<string, string>>;
}

export function NoticeList({ notices, now, lang, storeNames = {} }: NoticeListProps) {
  if (notices.length === 0) return null;
  const storeOf = (channelId: string) => storeLabel(channelId, lang, storeNames);
  const ageSince = (iso: string) => formatElapsed(now.getTime() - Date.parse(iso), lang);
  return (
    <ul class="notices" aria-live="polite">
      {notices.map((notice) => {
        const store = storeOf(notice.channelId);
        let text: string;
        if (notice.kind === "login-expired") text = t(lang, "notice_login_expired", { store, age: ageSince(notice.since) });
        else if (notice.lastCompleteReadAt === null) text = t(lang, "notice_never_read", { store });
        else text = t(lang, "notice_stale_list", { store, age: ageSince(notice.lastCompleteReadAt) });
        return (
          <li key={`${notice.kind}:${notice.channelId}`} class={`notice notice-${notice.kind}`} role="status">
            {text}
          </li>
        );
      })}
    </ul>
  );
}
