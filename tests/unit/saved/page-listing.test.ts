// The one way a listing from a page is accepted (the worker's messages, the popup's tab reading).
import { describe, expect, it } from "vitest";
import { parsePageListing } from "../../../lib/model/page-listing";
import { makeListing } from "../storage/make-saved";

const listing = makeListing();

describe("parsePageListing", () => {
  it("accepts a valid listing", () => {
    expect(parsePageListing(JSON.parse(JSON.stringify(listing)))).toEqual(listing);
  });

  it("refuses a page that is not a listing", () => {
    expect(parsePageListing({ ...listing, isListing: false })).toBeNull();
  });

  it("refuses anything that does not validate as a whole", () => {
    expect(parsePageListing(undefined)).toBeNull();
    expect(parsePageListing("listing")).toBeNull();
    expect(parsePageListing({ ...listing, deadline: "12 november" })).toBeNull();
    expect(parsePageListing({ ...listing, requirements: [{ id: "x", text: "", kind: "must" }] })).toBeNull();
    const { url: _url, ...withoutUrl } = listing;
    expect(parsePageListing(withoutUrl)).toBeNull();
  });
});
