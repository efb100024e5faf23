// The contract fields that carry provenance; apart from schema.ts so that code which only
// needs the list does not pull zod into the content script.
export const listingFields = [
  "title",
  "client",
  "location",
  "rate",
  "hoursPerWeek",
  "startDate",
  "endDate",
  "published",
  "deadline",
] as const;
export type ListingField = (typeof listingFields)[number];
