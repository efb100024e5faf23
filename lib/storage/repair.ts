// Reading what storage holds without ever wiping it: every saved record is checked on its own;
// a bad or half-written one is set aside (kept, with the problem) and the others load. Settings
// are repaired field by field, falling back to the default for a field that cannot be read.
import { savedListingSchema, type SavedListing } from "../model/saved";
import { settingsSchema, defaultSettings, migrateSettings, type Settings } from "../model/settings";
import { isRecord } from "../model/is-record";
import { formatIssues } from "./issues";

export type SetAside = { raw: unknown; problem: string };

/** Storage may hand back a JSON string (a hand edit, an old export); anything else passes. */
export function parseIfText(raw: unknown): { value: unknown } | { problem: string } {
  if (typeof raw !== "string") return { value: raw };
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    return { problem: "not valid JSON" };
  }
}

/** Saved listings from a v2 record keyed by id (or a plain array); never throws. */
export function readSavedListings(raw: unknown): { listings: SavedListing[]; setAside: SetAside[] } {
  const parsed = parseIfText(raw);
  if ("problem" in parsed) return { listings: [], setAside: [{ raw, problem: `saved: ${parsed.problem}` }] };
  const value = parsed.value;
  if (value === undefined) return { listings: [], setAside: [] };
  if (!isRecord(value) && !Array.isArray(value)) {
    return { listings: [], setAside: [{ raw, problem: "saved: not a list or record of saved listings" }] };
  }
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? [...value.entries()]
    : Object.entries(value);
  const listings: SavedListing[] = [];
  const setAside: SetAside[] = [];
  const seen = new Set<string>();
  for (const [at, item] of entries) {
    const result = savedListingSchema.safeParse(item);
    if (!result.success) {
      setAside.push({ raw: item, problem: formatIssues(result.error, ["saved", at]).join("; ") });
    } else if (seen.has(result.data.id)) {
      setAside.push({ raw: item, problem: `saved[${JSON.stringify(String(at))}]: duplicate id ${result.data.id}` });
    } else {
      seen.add(result.data.id);
      listings.push(result.data);
    }
  }
  return { listings, setAside };
}

/** Settings with every readable field kept and every unreadable one reset to its default. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const parsed = parseIfText(raw);
  if ("problem" in parsed)
    return { settings: defaultSettings(), problems: [`settings: ${parsed.problem}, defaults used`] };
  const value = parsed.value;
  if (value === undefined || value === null) return { settings: defaultSettings(), problems: [] };
  if (!isRecord(value)) return { settings: defaultSettings(), problems: ["settings: not an object, defaults used"] };
  return readSettingsFields(migrateSettings(value));
}

function readSettingsFields(value: Record<string, unknown>): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as Array<keyof Settings>) {
    const result = shape[key].safeParse(value[key]);
    if (result.success) (settings as Record<keyof Settings, unknown>)[key] = result.data;
    else problems.push(`${formatIssues(result.error, ["settings", key])[0] ?? key}, default used`);
  }
  for (const key of Object.keys(value)) if (!(key in shape)) problems.push(`settings.${key}: unknown field, ignored`);
  return { settings, problems };
}

/**
 * The reminder keys already shown (`notified`), repaired: a value of another shape reads as
 * none shown (at worst a reminder is shown once more), an entry that is not a key is dropped,
 * and each is reported (#13 finding 6: `notified = {}` stopped badge, reminders and alarms).
 */
export function readNotified(raw: unknown): { keys: string[]; problems: string[] } {
  if (raw === undefined || raw === null) return { keys: [], problems: [] };
  if (!Array.isArray(raw)) return { keys: [], problems: ["notified: not a list, read as none shown"] };
  const keys: string[] = [];
  let bad = 0;
  for (const key of raw as unknown[]) {
    if (typeof key === "string") keys.push(key);
    else bad += 1;
  }
  return { keys, problems: bad ? [`notified: ${bad} entries that are not reminder keys, ignored`] : [] };
}
