// Every reason the matcher gives over the repository's fixtures (their truth files hold the
// requirements) and the example profiles, in Dutch and English, read as a person would write
// it: numbers in the user's locale with a unit, and words quoted back only as the listing wrote
// them (no stems such as "inricht", no "Geen rol als belangrijke").
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readListingInput, type ReadListing } from "../../../lib/match/listing-input";
import { matchListing } from "../../../lib/match/matcher";
import { normalize } from "../../../lib/match/text";
import { canonicalSkills } from "../../../lib/match/topics";
import { readProfileLeniently, type Profile } from "../../../lib/model/profile";
import { fixturesDir, profilesDir } from "../../shared-folder";

function truthFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return truthFiles(path);
    return name.endsWith(".json") && name !== "known-misses.json" ? [path] : [];
  });
}

const listings: Array<{ file: string } & ReadListing> = [];
for (const file of truthFiles(fixturesDir)) {
  try {
    const read = readListingInput(JSON.parse(readFileSync(file, "utf8")));
    if (read.listing.requirements.length > 0) listings.push({ file, ...read });
  } catch {
    // Not a listing's truth file.
  }
}
const profiles: Profile[] = readdirSync(profilesDir).map(
  (f) => readProfileLeniently(JSON.parse(readFileSync(join(profilesDir, f), "utf8"))).profile,
);

interface Said {
  lang: "nl" | "en";
  reason: string;
  text: string;
}
const said: Said[] = [];
for (const { listing, now } of listings)
  for (const profile of profiles)
    for (const lang of ["nl", "en"] as const) {
      const result = matchListing(listing, profile, { now: new Date(now ?? "2025-11-20T10:00:00+01:00"), lang });
      for (const r of result.requirements) {
        said.push({ lang, reason: r.reason, text: r.text });
        for (const e of r.evidence ?? []) said.push({ lang, reason: e, text: r.text });
      }
      for (const c of result.checks) said.push({ lang, reason: c.reason, text: "" });
    }

const UNIT_AFTER = /^\s?(?:jaar|uur|years?|hours?|per\b|\))/;
/** Numbers that are not amounts: years ("laatst in 2025"), times, days in dates, levels ("C1"). */
const NOT_AN_AMOUNT =
  /\b(?:19|20)\d\d\b|\b\d\d:\d\d\b|\b\d{1,2} (?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|sept|okt|oct|nov|dec)\b|\b[abc][12]\b/gi;

function bareNumbers(reason: string): string[] {
  const plain = reason.replace(NOT_AN_AMOUNT, " ");
  const out: string[] = [];
  for (const m of plain.matchAll(/(?<![\p{L}\d])€?\s?\d+(?:[.,]\d+)*(?:–\d+(?:[.,]\d+)*)?(?![\p{L}\d])/gu)) {
    if (m[0].startsWith("€")) continue;
    if (!UNIT_AFTER.test(plain.slice(m.index + m[0].length))) out.push(m[0]);
  }
  return out;
}

/** How a word that names a person at work ends ("adviseur", "analist", "leidinggevende"). */
const PERSON =
  /(?:er|eur|ist|ant|ent|aar|or|ier|coach|lead|owner|officer|professional|architect|specialist|kundige|lid|hoofd|docent|gevende)$/;

describe("the matcher's reasons read well", () => {
  it("covers many fixtures and profiles", () => {
    expect(listings.length).toBeGreaterThanOrEqual(30);
    expect(profiles.length).toBeGreaterThanOrEqual(10);
    expect(said.length).toBeGreaterThan(10000);
  });

  it("writes Dutch numbers with a decimal comma, English with a decimal point", () => {
    const dutchPoint = said.filter((s) => s.lang === "nl" && /\d\.\d{1,2}(?!\d)/.test(s.reason));
    const englishComma = said.filter((s) => s.lang === "en" && /\d,\d{1,2}(?!\d)/.test(s.reason));
    expect(dutchPoint.map((s) => s.reason)).toEqual([]);
    expect(englishComma.map((s) => s.reason)).toEqual([]);
  });

  it("gives every number a unit", () => {
    const bare = said.filter((s) => bareNumbers(s.reason).length > 0).map((s) => s.reason);
    expect([...new Set(bare)]).toEqual([]);
  });

  it("quotes only words the requirement has, and only role titles as roles", () => {
    const odd = new Set<string>();
    for (const s of said) {
      if (s.lang !== "nl") continue;
      const quoted =
        /zegt niets over (.+)$/.exec(s.reason)?.[1] ?? /^Geen rol als (.+?) in je profiel/.exec(s.reason)?.[1];
      if (!quoted) continue;
      const plain = normalize(s.text);
      const text = `${plain} ${canonicalSkills(plain)}`.replace(/[^a-z0-9' ]+/g, " ");
      for (const word of quoted.split(/[ -]+/)) if (word && !new RegExp(`\\b${word}\\b`).test(text)) odd.add(s.reason);
      if (/zegt niets over \S+(?:ige|lijke|ieve|ende|bare|ante)$/.test(s.reason)) odd.add(s.reason);
      const role = /^Geen rol als (?:.* )?(\S+) in je profiel/.exec(s.reason)?.[1];
      if (role && !PERSON.test(role)) odd.add(s.reason);
    }
    expect([...odd]).toEqual([]);
  });
});
