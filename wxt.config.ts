import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";

// The broker sites the content script runs on without asking. Any other site only
// after the user grants the optional host permission (see entrypoints/background).
export const brokerHosts = [
  "*://*.bijoranje.nl/*",
  "*://*.kbenp.nl/*",
  "*://*.youngcapital.nl/*",
  "*://*.zuidprofs.nl/*",
  "*://*.striive.com/*",
  "*://*.flextender.nl/*",
  "*://*.freelance.nl/*",
  "*://*.werkzoeken.nl/*",
  "*://*.hoofdkraan.nl/*",
  "*://*.indeed.com/*",
  "*://*.indeed.nl/*",
  "*://*.linkedin.com/*",
];

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
    host_permissions: brokerHosts,
    optional_host_permissions: ["*://*/*"],
    action: { default_title: "__MSG_extName__" },
    browser_specific_settings: {
      gecko: { id: "opdrachtradar@opdrachtradar.nl", strict_min_version: "115.0" },
    },
  },
});
