import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageKeys } from "../../../lib/i18n/t";
import { readListingInput } from "../../../lib/match/listing-input";
import { matchListing } from "../../../lib/match/matcher";
import { profileSchema } from "../../../lib/model/profile";
import { fixturesDir } from "../../shared-folder";

const cases = join(__dirname, "../../match-cases/profiles");
const procesbegeleider = profileSchema.parse(
  JSON.parse(readFileSync(join(cases, "senior-procesbegeleider.json"), "utf8")),
);
const kbenp = readListingInput(JSON.parse(readFileSync(join(__dirname, "kbenp-truth.json"), "utf8")));
const now = new Date("2025-11-01T10:00:00+01:00");

describe("matchListing", () => {
  it("gives each requirement a verdict and a one-line reason, and tallies per kind", () => {
    const result = matchListing(kbenp.listing, procesbegeleider, { now, lang: "nl" });
    const first = result.requirements[0]!;
    expect(first.verdict).toBe("met");
    expect(first.reason).toBe("17 jaar als procesbegeleider; gevraagd minimaal 15 jaar");
    for (const r of result.requirements) expect(r.reason).not.toMatch(/\n|match_/);
    expect(result.summary.must).toEqual({ met: 2, unmet: 0, unknown: 3, total: 5 });
    expect(result.summary.nice.total).toBe(0);
    expect(result.checks.map((c) => c.id)).toEqual(["rate", "hours", "start", "deadline", "location"]);
  });

  it("speaks English when asked", () => {
    const result = matchListing(kbenp.listing, procesbegeleider, { now, lang: "en" });
    expect(result.requirements[0]!.reason).toBe("17 years as procesbegeleider; asked at least 15 years");
  });

  it("shows the user's own verdict as such and counts it", () => {
    const id = kbenp.listing.requirements[3]!.id;
    const result = matchListing(kbenp.listing, procesbegeleider, { now, lang: "nl", overrides: { [id]: "met" } });
    const own = result.requirements[3]!;
    expect(own).toMatchObject({ verdict: "met", overridden: true, reason: "Jouw eigen oordeel" });
    expect(result.requirements.filter((r) => r.overridden)).toHaveLength(1);
    expect(result.summary.must.met).toBe(3);
  });

  it("has every match_ text in both languages", () => {
    const nl = messageKeys("nl").filter((k) => k.startsWith("match_"));
    const en = messageKeys("en").filter((k) => k.startsWith("match_"));
    expect(nl.length).toBeGreaterThan(40);
    expect(new Set(en)).toEqual(new Set(nl));
  });

  // Speed (20 requirements, seen and unseen texts) is measured in `npm run bench`.

  it("reads a seed fixture's truth file as a listing", () => {
    const raw: unknown = JSON.parse(readFileSync(join(fixturesDir, "zuidprofs/seed-zuidprofs-dronten.json"), "utf8"));
    const { listing, now: stated } = readListingInput(raw);
    expect(stated).toBe("2022-09-20T09:00:00+02:00");
    expect(listing.requirements).toHaveLength(5);
    expect(listing.requirements.every((r) => /^(must|nice)-/.test(r.id))).toBe(true);
  });
});

describe("readListingInput", () => {
  it("fills missing fields with null and rejects bad ones with one line", () => {
    expect(readListingInput({ requirements: [] }).listing.rate).toBeNull();
    expect(() => readListingInput({ requirements: [{ text: "x", kind: "maybe" }] })).toThrow(/requirements\.0\.kind/);
    expect(() => readListingInput({ expect: { deadline: "12 nov" } })).toThrow(/deadline/);
  });
});
