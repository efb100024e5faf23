// The background worker: listeners only. Storage changes and alarms lead to one sync (sync.ts);
// the content script's requests are answered in page-requests.ts.
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { testClockEnabled } from "../../lib/browser/clock";
import { watchState } from "../../lib/browser/items";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import { addressedToBackground } from "../../lib/protocol";
import { openNotifiedListing } from "./notifications";
import { handleContentMessage, relayCommand } from "./page-requests";
import { scheduleUpkeep, sync, upkeep, UPKEEP_ALARM } from "./sync";
import { addressedFromPopup } from "../../lib/protocol-sites";
import { watchUserSites } from "../../lib/browser/user-sites";
import { migrateToSync } from "../../lib/browser/synced";
import { watchSiteRules } from "../../lib/browser/site-rules";
import { ensureRuleHostScripts } from "../../lib/browser/rule-hosts";
import { handlePopupMessage, onPermissionsAdded, onPermissionsRemoved, restoreUserSiteScripts } from "./user-sites";

export default defineBackground(() => {
  registerBundledCatalogs();
  // Installed, updated (a legacy storage layout is moved then) or the browser started: upkeep first.
  browser.runtime.onInstalled.addListener(() => void upkeep().then(sync));
  browser.runtime.onStartup.addListener(() => void upkeep().then(sync));
  // The user's own sites: their content scripts back after a restart or an update (Firefox does
  // not keep them), and kept in line with the permissions the browser grants or takes back.
  browser.runtime.onInstalled.addListener(() => void restoreUserSiteScripts());
  // Profile and settings follow the user (storage.sync): today's local ones go there once.
  browser.runtime.onInstalled.addListener(() => void migrateToSync().catch((e: unknown) => console.warn(e)));
  browser.runtime.onStartup.addListener(() => void migrateToSync().catch((e: unknown) => console.warn(e)));
  browser.runtime.onStartup.addListener(() => void restoreUserSiteScripts());
  browser.permissions.onAdded.addListener((permissions) => void onPermissionsAdded(permissions));
  browser.permissions.onRemoved.addListener(() => void onPermissionsRemoved());
  // The list changed elsewhere (a backup imported, a site removed in options): registrations follow.
  watchUserSites(() => void restoreUserSiteScripts());
  // The hosts the user taught rules on: their marker script follows the rules and the permissions.
  const ruleHosts = () =>
    void ensureRuleHostScripts().catch((e: unknown) => console.warn("[opdrachtradar] rule hosts", e));
  browser.runtime.onInstalled.addListener(ruleHosts);
  browser.runtime.onStartup.addListener(ruleHosts);
  browser.permissions.onAdded.addListener(ruleHosts);
  browser.permissions.onRemoved.addListener(ruleHosts);
  watchSiteRules(ruleHosts);
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === UPKEEP_ALARM ? upkeep() : sync()));
  browser.notifications.onClicked.addListener((id) => void openNotifiedListing(id));
  // The content script's requests: parsed whole and checked against the sender (the browser's
  // word for which extension, tab and page sent it) in page-requests.ts; a refusal rejects.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The popup's "Altijd op deze site": checked whole and against its sender in user-sites.ts.
    if (addressedFromPopup(message)) return handlePopupMessage(message, sender);
    if (!addressedToBackground(message)) return undefined;
    return handleContentMessage(message, sender);
  });
  // The keyboard commands of the manifest (Alt+Shift+O: to the panel), passed on to the tab.
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab));
  watchState(() => {
    void sync();
    scheduleUpkeep();
  });
  // A worker woken by any event starts here: bring the badge back at once.
  void sync();
  // The browser-test build lets a test run a sync after moving the clock.
  if (testClockEnabled) (globalThis as { opdrachtradarSync?: () => Promise<void> }).opdrachtradarSync = sync;
  // ...and press a keyboard command, which a test cannot do through the page (the browser takes it).
  if (testClockEnabled)
    (globalThis as { opdrachtradarCommand?: typeof relayCommand }).opdrachtradarCommand = relayCommand;
});
