// Access to the broker sites (the manifest's host permissions). Chrome grants it at install;
// Firefox treats an MV3 add-on's host permissions as the user's to give or take back (about:addons
// → Permissions, or the toolbar's extensions button), and without it no panel appears.
import { browser } from "wxt/browser";
import { siteHostPatterns } from "../sites";

const brokerSites = { origins: siteHostPatterns };

export function hasSiteAccess(): Promise<boolean> {
  return browser.permissions.contains(brokerSites);
}

/** Asks the user for the broker sites. Call it straight from a click: the browser needs the gesture. */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request(brokerSites);
}

/** Calls `onChange` when the user gives or takes back a permission anywhere; returns the unsubscribe. */
export function watchSiteAccess(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
