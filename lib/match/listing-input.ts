// What the matcher needs from a listing, read from a full Listing or from a fixture truth file
// (`{url, now, expect: {...}}`): missing fields become null, requirements get the extractor's ids.
import { z } from "zod";
import { toRequirement } from "../interpret/requirement-item";
import { hoursSchema, isoDate, isoDeadline, rateSchema, requirementKind } from "../model/listing";
import type { MatchInput } from "./checks";

const looseRequirement = z.object({
  id: z.string().optional(),
  text: z.string().min(1),
  kind: requirementKind,
  label: z.string().nullable().optional(),
  weight: z.string().nullable().optional(),
});

const looseListing = z.object({
  requirements: z.array(looseRequirement).default([]),
  rate: z.nullable(rateSchema).default(null),
  hoursPerWeek: z.nullable(hoursSchema).default(null),
  startDate: z.nullable(isoDate).default(null),
  deadline: z.nullable(isoDeadline).default(null),
  location: z.string().nullable().default(null),
});

export interface ReadListing {
  listing: MatchInput;
  /** The truth file's own `now`, when it has one. */
  now: string | null;
}

/** Throws a one-line Error naming the first bad field. */
export function readListingInput(raw: unknown): ReadListing {
  const truth = typeof raw === "object" && raw !== null && "expect" in raw;
  const body = truth ? (raw as { expect: unknown }).expect : raw;
  const parsed = looseListing.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`listing ${issue?.path.join(".") || "value"}: ${issue?.message ?? "invalid"}`);
  }
  const requirements = parsed.data.requirements.map((r) => {
    const made = toRequirement(
      { text: r.text, label: r.label ?? null, weight: r.weight ?? null, labelKind: null },
      r.kind,
    );
    return r.id ? { ...made, id: r.id } : made;
  });
  const stated = truth ? (raw as { now?: unknown }).now : undefined;
  const now = typeof stated === "string" ? stated : null;
  return { listing: { ...parsed.data, requirements }, now };
}
