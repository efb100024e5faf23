// Export of everything as one JSON document, and an import that is all or nothing: the whole
// text is checked before anything is returned, and every problem is reported with its path.
import { z } from "zod";
import { profileSchema, type Profile } from "../model/profile";
import { savedListingSchema, type SavedListing, type SavedListings } from "../model/saved";
import { settingsSchema, type Settings } from "../model/settings";
import { formatIssues, parseJsonFile } from "./issues";

export const BACKUP_APP = "opdrachtradar";
export const BACKUP_VERSION = 1;

export type AppState = { profile: Profile | null; saved: SavedListings; settings: Settings };
export type Backup = {
  app: typeof BACKUP_APP;
  version: number;
  exportedAt: string;
  profile: Profile | null;
  /** A list (not the stored record) so that paths in errors read "saved[3]...". */
  saved: SavedListing[];
  settings: Settings;
};

export function buildBackup(state: AppState, now: Date): Backup {
  const saved = Object.values(state.saved).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  return {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    profile: state.profile,
    saved,
    settings: state.settings,
  };
}

/** "opdrachtradar-backup-2025-11-01.json" (the UTC day of `now`). */
export function backupFileName(now: Date): string {
  return `opdrachtradar-backup-${now.toISOString().slice(0, 10)}.json`;
}

const backupSchema = z.object({
  app: z.literal(BACKUP_APP),
  version: z.number().int().min(1).max(BACKUP_VERSION, "made by a newer version of Opdrachtradar"),
  exportedAt: z.iso.datetime({ offset: true }),
  profile: profileSchema.nullable(),
  saved: z.array(savedListingSchema),
  settings: settingsSchema,
});

function duplicateIds(saved: SavedListing[]): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  saved.forEach((record, i) => {
    if (seen.has(record.id)) errors.push(`saved[${i}].id: duplicate id ${record.id}`);
    seen.add(record.id);
  });
  return errors;
}

export type ParsedBackup = { ok: true; state: AppState; exportedAt: string } | { ok: false; errors: string[] };

export function parseBackup(text: string): ParsedBackup {
  const json = parseJsonFile(text);
  if (!json.ok) return json;
  const result = backupSchema.safeParse(json.value);
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const errors = duplicateIds(result.data.saved);
  if (errors.length) return { ok: false, errors };
  const { profile, settings, exportedAt } = result.data;
  const saved: SavedListings = Object.fromEntries(result.data.saved.map((record) => [record.id, record]));
  return { ok: true, state: { profile, saved, settings }, exportedAt };
}

export type MergeResult = { saved: SavedListings; added: number; replaced: number; kept: number };

/** An import that adds to what is there: incoming wins per id, the rest of `existing` stays. */
export function mergeSaved(existing: SavedListings, incoming: SavedListings): MergeResult {
  const saved: SavedListings = { ...existing };
  let added = 0;
  let replaced = 0;
  for (const record of Object.values(incoming)) {
    if (Object.hasOwn(existing, record.id)) replaced += 1;
    else added += 1;
    saved[record.id] = record;
  }
  const kept = Object.keys(existing).length - replaced;
  return { saved, added, replaced, kept };
}
