// One translation function for the whole extension: UI, matcher reasons, CLI and tests.
// The texts live in the browser's own i18n files (public/_locales/<lang>/messages.json), read
// directly rather than through browser.i18n.getMessage so that lib/ stays pure and the user's
// language choice wins over the browser's. Catalogs are registered, not imported here: pages,
// the worker, CLIs and tests register the bundled files (./bundled.ts); the content script,
// which has a 30 KB budget, receives the one catalog it needs from the background worker.

export type Lang = "nl" | "en";
export type Messages = Record<string, { message: string; description?: string }>;
const catalogs: Partial<Record<Lang, Messages>> = {};

export function registerCatalogs(given: Partial<Record<Lang, Messages>>): void {
  Object.assign(catalogs, given);
}

/** Dutch is the default; English where the browser asks for it. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith("en") ? "en" : "nl";
}

/** The user's language choice, with "auto" resolved from the browser's UI language. */
export function resolveLang(choice: "auto" | Lang, uiLanguage?: string): Lang {
  return choice === "auto" ? pickLang(uiLanguage) : choice;
}

/**
 * The text for `key` in `lang`, with `$1`..`$9` replaced by `subs`. Falls back to Dutch, then
 * to the key itself, so a missing text is visible but never crashes.
 */
export function t(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const entry = catalogs[lang]?.[key] ?? catalogs.nl?.[key];
  if (!entry) return key;
  const message = entry.message;
  // Most texts have no placeholder; the matcher asks for hundreds per listing.
  if (!message.includes("$")) return message;
  // What message.replace(/\$(\d)/g, …) gave, without a callback per placeholder (the matcher's
  // reasons made that a tenth of a match): "$n" with no n-th value is left as it stands.
  let out = "";
  let from = 0;
  for (let at = message.indexOf("$"); at !== -1 && at + 1 < message.length; at = message.indexOf("$", at + 1)) {
    const digit = message.charCodeAt(at + 1) - 48;
    if (digit < 0 || digit > 9) continue;
    const value = subs[digit - 1];
    if (value === undefined) continue;
    out += message.slice(from, at) + String(value);
    from = at + 2;
  }
  return from === 0 ? message : out + message.slice(from);
}

export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang] ?? {});
}
