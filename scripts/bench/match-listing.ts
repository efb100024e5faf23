// The listing and profile the matching bench runs on, shared by node-lib.ts and the fresh
// process of match-first.ts.
import { readFileSync } from "node:fs";
import type { Listing } from "../../lib/model/listing";
import { profileSchema, type Profile } from "../../lib/model/profile";

/** A listing with `n` requirements, made from the KB&P seed truth (its phrasings, repeated). */
export function listingWith(n: number): Listing {
  const truth = JSON.parse(readFileSync("tests/fixtures/kbenp/seed-kbenp-utrecht.json", "utf8"));
  const zoetermeer = JSON.parse(readFileSync("tests/fixtures/generic/seed-generic-zoetermeer.json", "utf8"));
  const texts = [...truth.expect.requirements, ...zoetermeer.expect.requirements] as Array<{
    text: string;
    kind: "must" | "nice";
  }>;
  const requirements = Array.from({ length: n }, (_, i) => ({
    ...texts[i % texts.length]!,
    id: `r${i}`,
    label: null,
    weight: null,
  }));
  return {
    ...truth.expect,
    requirements,
    url: truth.url,
    canonicalUrl: null,
    site: "KB&P",
    adapter: "kbenp",
    health: { state: "ok", message: null },
    provenance: {},
  } as Listing;
}

/** The listing with every requirement text made new ("… (run.j)"): nothing remembered helps. */
export function withUnseenTexts(listing: Listing, run: number): Listing {
  return { ...listing, requirements: listing.requirements.map((r, j) => ({ ...r, text: `${r.text} (${run}.${j})` })) };
}

export function benchProfile(): Profile {
  return profileSchema.parse(
    JSON.parse(readFileSync("tests/match-cases/profiles/senior-procesbegeleider.json", "utf8")),
  );
}

export const BENCH_NOW = new Date("2025-11-01T10:00:00+01:00");
