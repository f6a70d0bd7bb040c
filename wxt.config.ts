import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { SELLER_CENTER_MATCHES } from "./lib/page/seller-center-hosts";


export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  // MV3 everywhere: Firefox 140+ runs MV3 event-page backgrounds, so both builds share one background model.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // The sources zip (for Firefox review) holds what builds the add-on, not test pages or local artefacts.
  zip: { excludeSources: ["screenshots/**", ".cert/**", "e2e/**", "**/__fixtures__/**", "scripts/bench/**"] },
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    permissions: ["storage", "alarms", "notifications"],
    host_permissions: [...SELLER_CENTER_MATCHES],
    action: { default_title: "__MSG_extName__" },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "dispute-sentinel@sentinel.local",
              // MV3 background scripts, alarms with `when`, and data_collection_permissions need 140+.
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
});
