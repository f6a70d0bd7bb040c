// Wiring for the first-run page: the seller's language and settings, what the browser says of notifications and
// site access, and the watch question saved as a setting.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { WelcomeApp } from "@/components/welcome-app";
import { sendMessage } from "@/lib/messages";
import type { Settings } from "@/lib/model";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import { SELLER_CENTER_MATCHES } from "@/lib/page/seller-center-hosts";

const SITE_ACCESS = { origins: [...SELLER_CENTER_MATCHES] };

/** Chrome tells whether the system lets our notifications through; Firefox has no such call. */
async function notificationLevel(): Promise<"granted" | "denied" | null> {
  const notifications = browser.notifications as typeof browser.notifications & { getPermissionLevel?: () => Promise<string> };
  if (typeof notifications.getPermissionLevel !== "function") return null;
  return (await notifications.getPermissionLevel()) === "granted" ? "granted" : "denied";
}

export function ConnectedWelcome() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [watchChoice, setWatchChoice] = useState<boolean | null>(null);
  const [notifications, setNotifications] = useState<"granted" | "denied" | null>(null);
  const [siteAccess, setSiteAccess] = useState<boolean | null>(null);

  useEffect(() => {
    void sendMessage("get-settings", {}).then((loaded) => setSettings(loaded.settings));
    void notificationLevel().then(setNotifications, () => setNotifications(null));
    // Only Firefox lets the seller withhold host access after install; elsewhere this is granted already.
    if (import.meta.env.BROWSER === "firefox") void browser.permissions.contains(SITE_ACCESS).then(setSiteAccess);
  }, []);

  const lang = resolveUiLanguage(settings?.uiLanguage ?? "auto", browser.i18n.getUILanguage());
  return (
    <WelcomeApp
      lang={lang}
      watchChoice={watchChoice}
      notifications={notifications}
      siteAccess={siteAccess}
      onChooseWatch={(enabled) => {
        if (settings === null) return;
        void sendMessage("save-settings", { settings: { ...settings, watchEnabled: enabled } }).then((saved) => {
          setSettings(saved.settings);
          setWatchChoice(enabled);
        });
      }}
      onRequestSiteAccess={() => void browser.permissions.request(SITE_ACCESS).then(setSiteAccess)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
