// The contract fields that carry provenance; apart from listing.ts so that code which only
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

/**
 * The texts a site adapter hands the interpreter, as the site prints them: the contract fields,
 * a start–end span ("1-11-2025 t/m 1-11-2027") and the page's own words that it is closed.
 */
export const adapterTextFields = [...listingFields, "period", "closedNotice"] as const;
export type AdapterTextField = (typeof adapterTextFields)[number];
