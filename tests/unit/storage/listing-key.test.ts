import { describe, expect, it } from "vitest";
import { listingKey, normaliseUrl } from "../../../lib/model/listing-key";

describe("listingKey", () => {
  it("prefers the canonical address over the address the page was read at", () => {
    const key = listingKey({ url: "https://a.nl/x?utm_source=mail", canonicalUrl: "https://a.nl/opdracht/42" });
    expect(key).toBe("https://a.nl/opdracht/42");
  });

  it("gives the same page read twice the same id", () => {
    const variants = [
      "https://www.kbenp.nl/opdrachten/abc/",
      "https://kbenp.nl/opdrachten/abc",
      "https://WWW.KBENP.NL/opdrachten/abc/#eisen",
      "https://www.kbenp.nl/opdrachten/abc?utm_source=linkedin&utm_medium=social",
    ];
    const keys = new Set(variants.map((url) => listingKey({ url, canonicalUrl: null })));
    expect(keys.size).toBe(1);
  });

  it("keeps parameters that identify the listing", () => {
    expect(normaliseUrl("https://site.nl/vacature?id=12")).not.toBe(normaliseUrl("https://site.nl/vacature?id=13"));
  });

  it("keeps a non-URL as trimmed text instead of throwing", () => {
    expect(listingKey({ url: "  not a url ", canonicalUrl: "" })).toBe("not a url");
  });
});
