// A listing under construction: per field a value and where it came from. The first tier to
// set a field wins, so callers fill from the most trusted source down.
import type { FieldValues } from "./fields";
import type { Listing, ListingField, Provenance } from "../model/listing";
import { clip } from "../dutch/text";

export type Draft = { [K in ListingField]?: { value: NonNullable<Listing[K]>; provenance: Provenance } } & {
  /**
   * Fields the visible page says outright it gives no value for ("Maximum tarief: Geen maximum"),
   * with the text that says so. Structured data and meta may not fill them: visible text beats a
   * JSON-LD baseSalary (Opdracht Overheid). The visible text itself still may.
   */
  none?: Partial<Record<ListingField, string>>;
};

/** Tiers the visible page outranks: a field the page states as absent stays empty for them. */
const HIDDEN_TIERS: ReadonlySet<Provenance["tier"]> = new Set(["json-ld", "microdata", "meta"]);

export function fill(draft: Draft, values: FieldValues, tier: Provenance["tier"], source: string): void {
  for (const key of Object.keys(values) as ListingField[]) {
    const value = values[key];
    if (value === undefined || value === null || draft[key]) continue;
    if (HIDDEN_TIERS.has(tier) && draft.none?.[key] !== undefined) continue;
    (draft as Record<string, unknown>)[key] = { value, provenance: { tier, source: clip(source) } };
  }
}

/** Records that the visible page states no value for `field` (see Draft.none). */
export function markNone(draft: Draft, field: ListingField, source: string): void {
  draft.none = { ...draft.none, [field]: clip(source) };
}
