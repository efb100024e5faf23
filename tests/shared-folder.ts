// Where the folder of material that stays outside the repository lives (`corpus/non-listings`,
// `real-pages`, `dates`): $OPDRACHTRADAR_SHARED when set, else `../shared` beside the repo.
// Everything else a test needs is in the repository, so a bare clone passes; tests of the
// outside material skip with the reason in their name when it is not there.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The repository's own fixtures: `<site>/<case>.{html,json}`. */
export const fixturesDir = join(repoRoot, "tests/fixtures");

/** The repository's example profiles (same content as ../shared/profiles). */
export const profilesDir = join(repoRoot, "tests/match-cases/profiles");

/** The shared folder: $OPDRACHTRADAR_SHARED, else ../shared relative to the repository root. */
export const sharedFolder = process.env.OPDRACHTRADAR_SHARED
  ? resolve(process.env.OPDRACHTRADAR_SHARED)
  : resolve(repoRoot, "../shared");

/** The path of a subfolder (or file) of the shared folder. */
export const sharedPath = (sub: string): string => join(sharedFolder, sub);

/** Is that subfolder (or file) of the shared folder there? */
export const sharedPresent = (sub: string): boolean => existsSync(sharedPath(sub));

/**
 * The words a skipped test carries in its name: "(skipped: ../shared/corpus/non-listings not
 * beside the repo)", or with $OPDRACHTRADAR_SHARED set "(skipped: /x/corpus/non-listings not
 * found; OPDRACHTRADAR_SHARED=/x)"; empty when the subfolder is there.
 */
export const skipNote = (sub: string): string => {
  if (sharedPresent(sub)) return "";
  const env = process.env.OPDRACHTRADAR_SHARED;
  return env
    ? ` (skipped: ${sharedPath(sub)} not found; OPDRACHTRADAR_SHARED=${env})`
    : ` (skipped: ../shared/${sub} not beside the repo)`;
};
