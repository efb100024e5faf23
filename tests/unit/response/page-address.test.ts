// The response page's address (lib/response/page-address.ts): only a listing key goes in or comes out.
import { describe, expect, it } from "vitest";
import { keyFromSearch, responsePagePath } from "../../../lib/response/page-address";
import { listingKey } from "../../../lib/model/listing-key";

const key = listingKey({
  url: "https://www.kbenp.nl/opdrachten/procesbegeleider/?utm_source=x#top",
  canonicalUrl: null,
});

describe("response page address", () => {
  it("carries a listing key there and back", () => {
    const path = responsePagePath(key);
    expect(path).toBe(`/response.html?key=${encodeURIComponent(key).replace(/%20/g, "+")}`);
    expect(keyFromSearch(path.slice(path.indexOf("?")))).toBe(key);
  });

  it("refuses what is no listing key", () => {
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,x",
      "https://www.kbenp.nl/opdrachten/x/",
      "chrome://settings",
      "",
      `https://kbenp.nl/${"a".repeat(5000)}`,
    ]) {
      expect(keyFromSearch(`?key=${encodeURIComponent(bad)}`), bad).toBeNull();
      expect(() => responsePagePath(bad)).toThrow(/no listing key/);
    }
    expect(keyFromSearch("")).toBeNull();
  });
});
