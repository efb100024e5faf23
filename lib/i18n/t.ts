// One translation function for the whole extension: UI, matcher reasons, CLI and tests.
// The texts live in the browser's own i18n files (public/_locales/<lang>/messages.json) so
// that the manifest and the UI share them; reading them directly (rather than through
// browser.i18n.getMessage) keeps lib/ pure and lets the user's language choice win over the
// browser's.
import nl from "../../public/_locales/nl/messages.json";
import en from "../../public/_locales/en/messages.json";

export type Lang = "nl" | "en";
type Messages = Record<string, { message: string; description?: string }>;
const catalogs: Record<Lang, Messages> = { nl, en };

/** Dutch is the default; English where the browser asks for it. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith("en") ? "en" : "nl";
}

/**
 * The text for `key` in `lang`, with `$1`..`$9` replaced by `subs`. Falls back to Dutch, then
 * to the key itself, so a missing text is visible but never crashes.
 */
export function t(lang: Lang, key: string, ...subs: Array<string | number>): string {
  const entry = catalogs[lang][key] ?? catalogs.nl[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (m, n: string) => {
    const value = subs[Number(n) - 1];
    return value === undefined ? m : String(value);
  });
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}

export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
