// The first-run page (issue 11 "First run", issue 13's one question): what the extension does, which pages to
// open, that data stays local, whether notifications are allowed, site access where the browser withholds it,
// and whether to turn the watch on. Props in, callbacks out: entrypoints/welcome wires them.
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";
import "./app-styles.css";

export interface WelcomeAppProps {
  lang: UiLanguage;
  /** The seller's answer on this page; null until they chose. */
  watchChoice: boolean | null;
  /** "granted" | "denied": what the browser says of our notifications; null when it cannot tell. */
  notifications: "granted" | "denied" | null;
  /** Firefox lets the user withhold site access: false asks for it; null where the browser grants it with the install. */
  siteAccess: boolean | null;
  onChooseWatch(enabled: boolean): void;
  onRequestSiteAccess(): void;
  onOpenSettings(): void;
}

export function WelcomeApp(props: WelcomeAppProps) {
  const { lang } = props;
  return (
    <main class="welcome" lang={lang === "zh" ? "zh-CN" : "en"}>
      <h1>{t(lang, "welcome_title")}</h1>
      <p>{t(lang, "welcome_what")}</p>
      <h2>{t(lang, "welcome_pages_title")}</h2>
      <p>{t(lang, "welcome_pages")}</p>
      {props.siteAccess === false ? (
        <p class="welcome-warning" role="alert">
          {t(lang, "welcome_site_access_missing")}{" "}
          <button type="button" class="primary" onClick={props.onRequestSiteAccess}>
            {t(lang, "welcome_site_access_grant")}
          </button>
        </p>
      ) : null}
      <ul class="welcome-facts">
        <li>{t(lang, "welcome_local")}</li>
        <li>{t(lang, "welcome_notifications")}</li>
        {props.notifications === "denied" ? <li class="welcome-warning">{t(lang, "welcome_notifications_denied")}</li> : null}
      </ul>
      <section class="welcome-watch" aria-labelledby="welcome-watch-question">
        <h2 id="welcome-watch-question">{t(lang, "welcome_watch_question")}</h2>
        <p class="field-hint">{t(lang, "watch_limits")}</p>
        {props.watchChoice === null ? (
          <div class="button-row">
            <button type="button" class="primary" onClick={() => props.onChooseWatch(true)}>
              {t(lang, "welcome_watch_yes")}
            </button>
            <button type="button" onClick={() => props.onChooseWatch(false)}>
              {t(lang, "welcome_watch_no")}
            </button>
          </div>
        ) : (
          <p role="status">{t(lang, props.watchChoice ? "welcome_watch_on" : "welcome_watch_off_chosen")}</p>
        )}
      </section>
      <p>
        <button type="button" class="link-button" onClick={props.onOpenSettings}>
          {t(lang, "welcome_open_settings")}
        </button>
      </p>
    </main>
  );
}
