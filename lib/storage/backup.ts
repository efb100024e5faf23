// Export of everything as one JSON document, and an import that is all or nothing: the whole
// text is checked before anything is returned, and every problem is reported with its path.
import { z } from "zod";
import { profileSchema, type Profile } from "../model/profile";
import { savedListingSchema, type SavedListing, type SavedListings } from "../model/saved";
import { settingsSchema, type Settings } from "../model/settings";
import { siteRuleSchema, type SiteRule } from "../model/site-rule";
import { listingKey } from "../model/listing-key";
import { responseDraftSchema, type ResponseDraft } from "./response-drafts";
import { formatIssues, parseJsonFile } from "./issues";
import { isWebUrl } from "./web-url";
import { MAX_USER_SITES, userSiteSchema, type UserSite } from "../user-sites";

export const BACKUP_APP = "opdrachtradar";
export const BACKUP_VERSION = 1;

/**
 * `siteRules`: the user's own rules per site, `userSites`: the user's own sites (issue 17),
 * `responses`: the prepared responses (lib/storage/response-drafts.ts); a backup of an earlier
 * version has none of them.
 */
export type AppState = {
  profile: Profile | null;
  saved: SavedListings;
  settings: Settings;
  siteRules?: SiteRule[];
  userSites?: UserSite[];
  responses?: ResponseDraft[];
};
export type Backup = {
  app: typeof BACKUP_APP;
  version: number;
  exportedAt: string;
  profile: Profile | null;
  /** A list (not the stored record) so that paths in errors read "saved[3]...". */
  saved: SavedListing[];
  settings: Settings;
  siteRules: SiteRule[];
  userSites: UserSite[];
  responses?: ResponseDraft[];
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
    siteRules: state.siteRules ?? [],
    userSites: state.userSites ?? [],
    ...(state.responses ? { responses: [...state.responses].sort((a, b) => (a.id < b.id ? -1 : 1)) } : {}),
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
  siteRules: z.array(siteRuleSchema).max(500).default([]),
  userSites: z
    .array(userSiteSchema)
    .max(MAX_USER_SITES)
    .default(() => []),
  responses: z.array(responseDraftSchema).optional(),
});

/**
 * What the schema cannot say about the saved records: each id is unique and is the listing key
 * of its own address (so an import cannot put a record under another listing's id), and every
 * address is a web page (#13: `javascript:` and `data:` URLs were accepted, then opened on a click).
 */
function recordErrors(saved: SavedListing[]): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  saved.forEach((record, i) => {
    const { url, canonicalUrl } = record.listing;
    if (!isWebUrl(url)) errors.push(`saved[${i}].listing.url: not an http(s) address`);
    if (canonicalUrl !== null && !isWebUrl(canonicalUrl))
      errors.push(`saved[${i}].listing.canonicalUrl: not an http(s) address`);
    const key = listingKey(record.listing);
    if (record.id !== key) errors.push(`saved[${i}].id: ${JSON.stringify(record.id)} is not the listing's key ${key}`);
    else if (seen.has(record.id)) errors.push(`saved[${i}].id: duplicate id ${record.id}`);
    seen.add(record.id);
  });
  return errors;
}

/** One prepared response per listing. */
function draftErrors(responses: ResponseDraft[]): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  responses.forEach((draft, i) => {
    if (seen.has(draft.id)) errors.push(`responses[${i}].id: duplicate id ${draft.id}`);
    seen.add(draft.id);
  });
  return errors;
}

/** Records by id, in an object without a prototype: an id "__proto__" is an id like any other. */
function byId(records: Iterable<SavedListing>): SavedListings {
  const out = Object.create(null) as SavedListings;
  for (const record of records) out[record.id] = record;
  return out;
}

export type ParsedBackup = { ok: true; state: AppState; exportedAt: string } | { ok: false; errors: string[] };

export function parseBackup(text: string): ParsedBackup {
  const json = parseJsonFile(text);
  if (!json.ok) return json;
  const result = backupSchema.safeParse(json.value);
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const errors = [...recordErrors(result.data.saved), ...draftErrors(result.data.responses ?? [])];
  if (errors.length) return { ok: false, errors };
  const { profile, settings, exportedAt, siteRules, userSites, responses } = result.data;
  const saved = byId(result.data.saved);
  return {
    ok: true,
    state: { profile, saved, settings, siteRules, userSites, ...(responses ? { responses } : {}) },
    exportedAt,
  };
}

export type MergeResult = { saved: SavedListings; added: number; replaced: number; kept: number };

/**
 * An import that adds to what is there: incoming wins per id, the rest of `existing` stays.
 * Kept in a Map, so a record with id "__proto__" or "constructor" is counted and kept like any
 * other instead of replacing the result's prototype (#13).
 */
export function mergeSaved(existing: SavedListings, incoming: SavedListings): MergeResult {
  const merged = new Map<string, SavedListing>(Object.values(existing).map((record) => [record.id, record]));
  const before = merged.size;
  let added = 0;
  let replaced = 0;
  for (const record of Object.values(incoming)) {
    if (merged.has(record.id)) replaced += 1;
    else added += 1;
    merged.set(record.id, record);
  }
  return { saved: byId(merged.values()), added, replaced, kept: before - replaced };
}
