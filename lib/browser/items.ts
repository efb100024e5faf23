// The one place in lib/ that touches the browser: WXT storage items. Every read goes through
// the pure repair functions (zod per record), so corrupt storage is reported, never wiped.
import { storage } from "wxt/utils/storage";
import { readProfileLeniently, type Profile } from "../match/profile-schema";
import { savedMigrations, SAVED_VERSION } from "../storage/migrations";
import { readSavedListings, readSettings, type SetAside } from "../storage/repair";
import type { AppState } from "../storage/backup";
import type { SavedListing, SavedListings, Settings } from "../storage/schemas";

// Items hold `unknown`: what is stored is only trusted after the repair functions read it.
const profileItem = storage.defineItem<unknown>("local:profile", { fallback: null });
const savedItem = storage.defineItem<unknown>("local:saved", {
  fallback: {},
  version: SAVED_VERSION,
  migrations: savedMigrations,
});
/** The last saved-listings value that read without problems: the safety net for a bad write. */
const savedBackupItem = storage.defineItem<unknown>("local:savedBackup", { fallback: null });
/** Records that failed validation, kept so nothing the user saved is ever thrown away. */
const setAsideItem = storage.defineItem<SetAside[]>("local:savedSetAside", { fallback: [] });
const settingsItem = storage.defineItem<unknown>("local:settings", { fallback: null });
/** Reminder keys already shown, so a reminder is delivered once. */
const notifiedItem = storage.defineItem<string[]>("local:notified", { fallback: [] });

export interface SavedState {
  listings: SavedListing[];
  /** Problems found on this read (records set aside now or earlier). */
  problems: string[];
}

export async function loadProfile(): Promise<{ profile: Profile | null; problems: string[] }> {
  const raw = await profileItem.getValue();
  if (raw === null || raw === undefined) return { profile: null, problems: [] };
  return readProfileLeniently(raw);
}

export async function saveProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(profile);
}

export async function loadSaved(): Promise<SavedState> {
  let raw: unknown;
  try {
    raw = await savedItem.getValue();
  } catch (error) {
    raw = undefined;
    console.warn("[opdrachtradar] saved listings unreadable, using the backup", error);
  }
  const { setAside, ...read } = readSavedListings(raw);
  let listings = read.listings;
  if (listings.length === 0 && setAside.length > 0) {
    // The whole value is unreadable: fall back to the last good copy, keep the bad one aside.
    const backup = readSavedListings(await savedBackupItem.getValue());
    listings = backup.listings;
  }
  if (setAside.length > 0) {
    const kept = await setAsideItem.getValue();
    await setAsideItem.setValue([...kept, ...setAside].slice(-200));
    await writeSaved(listings);
  }
  const problems = (await setAsideItem.getValue()).map((s) => s.problem);
  return { listings, problems };
}

async function writeSaved(listings: SavedListing[]): Promise<void> {
  const record: SavedListings = Object.fromEntries(listings.map((s) => [s.id, s]));
  await savedItem.setValue(record);
  await savedBackupItem.setValue(record);
}

/** Read, change, write: the single way the saved listings change. */
export async function updateSaved(change: (listings: SavedListing[]) => SavedListing[]): Promise<SavedListing[]> {
  const { listings } = await loadSaved();
  const next = change(listings);
  await writeSaved(next);
  return next;
}

export async function replaceSaved(listings: SavedListing[]): Promise<void> {
  await writeSaved(listings);
}

export async function dismissSetAside(): Promise<void> {
  await setAsideItem.setValue([]);
}

export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function loadNotified(): Promise<string[]> {
  return notifiedItem.getValue();
}

export async function saveNotified(keys: string[]): Promise<void> {
  await notifiedItem.setValue(keys.slice(-2000));
}

/** Calls back whenever saved listings, settings or the profile change (from any page). */
export function watchState(callback: () => void): () => void {
  const stops = [savedItem.watch(callback), settingsItem.watch(callback), profileItem.watch(callback)];
  return () => stops.forEach((stop) => stop());
}

/** Everything the user has, as one backup exports it (saved listings in the order they were saved). */
export async function loadAppState(): Promise<AppState> {
  const [{ profile }, { listings }, { settings }] = await Promise.all([loadProfile(), loadSaved(), loadSettings()]);
  const inOrder = [...listings].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  return { profile, saved: Object.fromEntries(inOrder.map((s) => [s.id, s])), settings };
}
