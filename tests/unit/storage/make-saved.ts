// Test data builders for storage, listings, export and schedule tests (not a test file).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listingSchema, type Listing } from "../../../lib/model/listing";
import { newSavedListing, type SavedListing } from "../../../lib/model/saved";
import { fixturesDir } from "../../shared-folder";

export function makeListing(fields: Partial<Listing> = {}): Listing {
  return listingSchema.parse({
    isListing: true,
    title: "Projectleider sociaal domein",
    client: "Gemeente Zoetermeer",
    location: "Zoetermeer",
    rate: { min: null, max: 110, currency: "EUR", per: "hour" },
    hoursPerWeek: { min: 24, max: 32 },
    startDate: null,
    endDate: null,
    published: null,
    deadline: "2025-11-12",
    status: "open",
    requirements: [],
    url: "https://opdrachten.example.com/opdracht/1",
    canonicalUrl: null,
    site: "Example",
    adapter: "generic",
    health: { state: "ok", message: null },
    provenance: {},
    ...fields,
  });
}

export function makeSaved(
  fields: Partial<Listing> = {},
  extra: Partial<SavedListing> = {},
  savedAt = new Date("2025-11-01T09:00:00Z"),
): SavedListing {
  return { ...newSavedListing(makeListing(fields), savedAt), ...extra };
}

/** The `expect` of a seed fixture (tests/fixtures/<site>/seed-<site>-*.json) as a full Listing (with its URL). */
export function seedListing(name: string, site: string): Listing {
  const fixture = JSON.parse(readFileSync(join(fixturesDir, name.split("-")[1]!, `${name}.json`), "utf8")) as {
    url: string;
    expect: Partial<Listing> & { requirements?: Array<{ text: string; kind: "must" | "nice" }> };
  };
  const requirements = (fixture.expect.requirements ?? []).map((r, i) => ({ ...r, id: `${r.kind}-${i}` }));
  return makeListing({ ...fixture.expect, requirements, url: fixture.url, site });
}
