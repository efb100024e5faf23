// The profile as a JSON file of its own (shared/profiles/README.md's shape). Import is all or
// nothing: the file is checked against `profileSchema` and every problem is reported by path.
import { profileSchema, type Profile } from "../model/profile";
import { isRecord } from "../model/is-record";
import { BACKUP_APP } from "../storage/backup";
import { formatIssues, parseJsonFile } from "../storage/issues";

export type ProfileFileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

export function parseProfileFile(text: string): ProfileFileResult {
  const json = parseJsonFile(text);
  if (!json.ok) return json;
  const raw = json.value;
  // A full backup picked by mistake still holds a profile: take that one.
  const isBackup = isRecord(raw) && raw.app === BACKUP_APP && "profile" in raw;
  const candidate = isBackup && isRecord(raw) ? raw.profile : raw;
  const result = profileSchema.safeParse(candidate);
  if (!result.success) return { ok: false, errors: formatIssues(result.error, isBackup ? ["profile"] : []) };
  return { ok: true, profile: result.data };
}

/** Pretty-printed, so a person can read and edit the file. */
export function profileFileText(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
