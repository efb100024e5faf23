// The user's site rules in extension storage (lib/rules/stored.ts reads them with repair). Every
// change is a read-modify-write under the one writer, so a rule saved from a tab and one removed
// in the options page both land.
import { browser } from "wxt/browser";
import type { SiteRule } from "../model/site-rule";
import { readSiteRules, SITE_RULES_KEY, storedValue, type StoredRules } from "../rules/stored";
import { oneWriter } from "./one-writer";

export async function loadSiteRules(): Promise<StoredRules> {
  const stored = await browser.storage.local.get(SITE_RULES_KEY);
  return readSiteRules(stored[SITE_RULES_KEY]);
}

/** The rules changed by a function of the rules as stored now; entries that could not be read stay. */
export function updateSiteRules(change: (rules: SiteRule[]) => SiteRule[]): Promise<SiteRule[]> {
  return oneWriter(async () => {
    const { rules, unreadable } = await loadSiteRules();
    const next = change(rules);
    await browser.storage.local.set({ [SITE_RULES_KEY]: storedValue(next, unreadable) });
    return next;
  });
}

/** Calls back whenever the rules change (a tab taught one, the options page removed one, an import). */
export function watchSiteRules(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (SITE_RULES_KEY in changes) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
