// What the popup reads from storage: the saved listings' heads, the profile and the settings.
// main.tsx starts the first read before the first render, so it does not wait for Preact.
import { loadProfile, loadSavedHeads, loadSettings } from "../../lib/browser/items";
import type { Profile } from "../../lib/model/profile";
import type { SavedHead } from "../../lib/storage/saved-head";
import type { Settings } from "../../lib/model/settings";

export interface Stored {
  saved: SavedHead[];
  problems: string[];
  profile: Profile | null;
  settings: Settings;
}

export async function loadStored(): Promise<Stored> {
  const [{ heads, problems }, { profile }, { settings }] = await Promise.all([
    loadSavedHeads(),
    loadProfile(),
    loadSettings(),
  ]);
  return { saved: heads, problems, profile, settings };
}
