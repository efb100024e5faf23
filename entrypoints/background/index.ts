// The background worker: listeners only. Every event leads to the same sync (sync.ts).
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { watchState } from "../../lib/browser/items";
import { testClockEnabled } from "../../lib/browser/clock";
import { isContentToBackground } from "../../lib/protocol";
import { openNotifiedListing } from "./notifications";
import { sync } from "./sync";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.alarms.onAlarm.addListener(() => void sync());
  browser.notifications.onClicked.addListener((id) => void openNotifiedListing(id));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isContentToBackground(message)) return browser.runtime.openOptionsPage();
    return undefined;
  });
  watchState(() => void sync());
  // A worker woken by any event starts here: bring the badge back at once.
  void sync();
  // The browser-test build lets a test run a sync after moving the clock.
  if (testClockEnabled) (globalThis as { opdrachtradarSync?: () => Promise<void> }).opdrachtradarSync = sync;
});
