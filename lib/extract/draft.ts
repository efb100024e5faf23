// A listing under construction: per field a value and where it came from. The first tier to
// set a field wins, so callers fill from the most trusted source down.
import type { FieldValues } from "./fields";
import type { Listing, ListingField, Provenance } from "../model/listing";
import { clip } from "./text";

export type Draft = { [K in ListingField]?: { value: NonNullable<Listing[K]>; provenance: Provenance } };

export function fill(draft: Draft, values: FieldValues, tier: Provenance["tier"], source: string): void {
  for (const key of Object.keys(values) as ListingField[]) {
    const value = values[key];
    if (value === undefined || value === null || draft[key]) continue;
    (draft as Record<string, unknown>)[key] = { value, provenance: { tier, source: clip(source) } };
  }
}
