import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";
import type { AliasOptions } from "vite";
import { siteHostPatterns } from "./lib/sites";
import { preactWithoutHtml } from "./scripts/preact-no-html";

/**
 * The content script's two stages (entrypoints/listing, entrypoints/listing-reader) use
 * the browser's own promise-based API (Manifest V3 Chrome and Firefox) instead of
 * webextension-polyfill, which costs ~3 KB gzipped; every other part keeps the polyfill. The one
 * call that differs, answering a message, uses sendResponse.
 */
const nativeBrowser = fileURLToPath(new URL("./node_modules/wxt/dist/browser.mjs", import.meta.url));
function withNativeBrowser(alias: AliasOptions | undefined): AliasOptions {
  const own = { find: /^wxt\/browser$/, replacement: nativeBrowser };
  if (Array.isArray(alias)) return [own, ...alias];
  return [own, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
}

export default defineConfig({
  srcDir: ".",
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  modules: ["@wxt-dev/webextension-polyfill"],
  vite: () => ({ plugins: [preact(), preactWithoutHtml()] }),
  // `npm run zip`: the store packages, and for Firefox's review the sources that build them
  // (an allowlist: no tests, no saved pages of the broker sites, no screenshots).
  zip: {
    includeSources: [
      "entrypoints/**",
      "components/**",
      "lib/**",
      "public/**",
      "package.json",
      "package-lock.json",
      "tsconfig.json",
      "wxt.config.ts",
      "scripts/preact-no-html.ts",
      "README.md",
      "PRIVACY.md",
    ],
  },
  hooks: {
    "vite:build:extendConfig": (entrypoints, config) => {
      const inThePage = (e: { type: string; name: string }) =>
        e.type === "content-script" || e.name === "listing" || e.name === "listing-reader";
      if (!entrypoints.every(inThePage)) return;
      config.resolve = { ...config.resolve, alias: withNativeBrowser(config.resolve?.alias) };
    },
  },
  manifest: ({ mode }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "nl",
    // unlimitedStorage: the 10 MB default holds about 2,000 saved listings with their backup.
    permissions: ["storage", "unlimitedStorage", "alarms", "notifications", "activeTab", "scripting"],
    // Other sites: "Analyseer deze pagina" runs through activeTab + scripting, so no all-sites
    // permission is declared (issue 13: an optional one was declared but never requested).
    // The browser-test build (--mode e2e) also holds every https site, as a user who added sites
    // does: a test cannot click the browser's permission prompt. The shipped build does not.
    host_permissions: mode === "e2e" ? [...siteHostPatterns, "https://*/*"] : siteHostPatterns,
    action: { default_title: "__MSG_extName__" },
    // The content script's first stage (entrypoints/listing), built as a plain script and listed
    // here rather than as a WXT content script: WXT's wrapper builds a context of its own on every
    // page, with an address watcher and a message to the page's window (about 1.5 ms a page).
    content_scripts: [{ matches: siteHostPatterns, js: ["listing.js"], run_at: "document_idle" }],
    // Alt+Shift+O: to the in-page panel from anywhere in the page (WCAG 2.1.1); the worker passes
    // it on to the tab's content script, which opens the panel and focuses its first control.
    commands: {
      "focus-panel": {
        suggested_key: { default: "Alt+Shift+O" },
        description: "__MSG_command_focus_panel__",
      },
    },
    browser_specific_settings: {
      // Everything stays in the browser: Firefox's data-consent key says so (Firefox 140+).
      gecko: {
        id: "opdrachtradar@opdrachtradar.nl",
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      // Firefox for Android reads the data-consent key from 142 on.
      gecko_android: { strict_min_version: "142.0" },
    },
  }),
});
