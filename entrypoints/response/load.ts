// Everything the response page shows for one saved listing, read from storage: the language
// (settings, "auto" = the browser's), the profile, the saved record, the draft, and the clock.
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedRecord, loadSettings } from "../../lib/browser/items";
import { loadResponseDraft } from "../../lib/browser/response-drafts";
import { resolveLang, type Lang } from "../../lib/i18n/t";
import type { Profile } from "../../lib/model/profile";
import type { SavedListing } from "../../lib/model/saved";
import type { ResponseDraft } from "../../lib/storage/response-drafts";

export interface Loaded {
  lang: Lang;
  profile: Profile | null;
  /** null: the listing is not (or no longer) saved. */
  saved: SavedListing | null;
  draft: ResponseDraft | null;
  draftProblem: string | null;
  now: Date;
}

/** The page's language alone (the address names no listing): the user's choice, "auto" the browser's. */
export async function loadLang(): Promise<Lang> {
  return resolveLang((await loadSettings()).settings.lang, browser.i18n.getUILanguage());
}

export async function loadResponse(key: string): Promise<Loaded> {
  const [{ settings }, { profile }, saved, { draft, problem }, now] = await Promise.all([
    loadSettings(),
    loadProfile(),
    loadSavedRecord(key),
    loadResponseDraft(key),
    currentTime(),
  ]);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  return { lang, profile, saved, draft, draftProblem: problem, now };
}
