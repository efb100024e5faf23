import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { brokerHostPatterns } from "./lib/broker-hosts";

export default defineConfig({
  srcDir: ".",
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  modules: ["@wxt-dev/webextension-polyfill"],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "nl",
    permissions: ["storage", "alarms", "notifications", "activeTab", "scripting"],
    host_permissions: brokerHostPatterns,
    // Other sites: only when the user grants them from the popup.
    optional_host_permissions: ["*://*/*"],
    action: { default_title: "__MSG_extName__" },
    browser_specific_settings: {
      // Everything stays in the browser: Firefox's data-consent key says so (Firefox 140+).
      gecko: {
        id: "opdrachtradar@opdrachtradar.nl",
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
    },
  },
});
