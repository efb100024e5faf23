// Opens the response page ("Reactie voorbereiden") for a saved listing in a new tab, next to
// the tab it was asked from. Called by the popup and by the worker (the in-page panel's button).
import { browser } from "wxt/browser";
import { responsePagePath } from "../response/page-address";

export async function openResponsePage(key: string, besideTab?: number): Promise<void> {
  const url = browser.runtime.getURL(responsePagePath(key) as "/response.html");
  const opener = besideTab === undefined ? {} : { openerTabId: besideTab };
  await browser.tabs.create({ url, ...opener });
}
