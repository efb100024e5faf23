// npm run match -- PROFILE.json LISTING.json [--now ISO] [--lang en]
// Prints { requirements: [{text, kind, verdict, reason}], checks, summary } as JSON. LISTING.json is
// a Listing (as `npm run extract` prints it) or a fixture truth file ({url, now, expect}).
// Bad input gives one clear line on stderr and exit code 2.
import { readFileSync } from "node:fs";
import { readListingInput } from "../lib/match/listing-input";
import { registerBundledCatalogs } from "../lib/i18n/bundled";
import { matchListing } from "../lib/match/matcher";
import { profileSchema } from "../lib/model/profile";

function fail(message: string): never {
  process.stderr.write(`match: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0 && args[i + 1] === undefined) fail(`${name} needs a value`);
  return i >= 0 ? args[i + 1] : undefined;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    fail(`cannot read file: ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    fail(`not valid JSON: ${file}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const files = args.filter((a, i) => !a.startsWith("--") && !["--now", "--lang"].includes(args[i - 1] ?? ""));
  const [profileFile, listingFile] = files;
  if (!profileFile || !listingFile || files.length > 2)
    fail("usage: npm run match -- PROFILE.json LISTING.json [--now ISO] [--lang en]");
  const lang = option(args, "--lang") ?? "nl";
  if (lang !== "nl" && lang !== "en") fail(`--lang must be nl or en, not ${lang}`);

  const profile = profileSchema.safeParse(readJson(profileFile));
  if (!profile.success) {
    const issue = profile.error.issues[0];
    fail(`profile ${issue?.path.join(".") || "value"}: ${issue?.message ?? "invalid"} (${profileFile})`);
  }
  let input;
  try {
    input = readListingInput(readJson(listingFile));
  } catch (error) {
    fail(`${(error as Error).message} (${listingFile})`);
  }
  const nowText = option(args, "--now") ?? input.now;
  if (!nowText) fail("no --now given and the listing file has no now");
  const now = new Date(nowText);
  if (Number.isNaN(now.getTime())) fail(`--now is not a date: ${nowText}`);

  const result = matchListing(input.listing, profile.data, { now, lang });
  const requirements = result.requirements.map(({ text, kind, verdict, reason }) => ({ text, kind, verdict, reason }));
  process.stdout.write(
    `${JSON.stringify({ requirements, checks: result.checks, summary: result.summary }, null, 2)}\n`,
  );
}

registerBundledCatalogs();
main();
