// Conventions of the adapters: registered, generic last, example URLs that only they match,
// and loud inside: a page without the required element throws an AdapterError.
import { describe, expect, it } from "vitest";
import { adapterFor, adapters } from "../../../lib/adapters/registry";
import { AdapterError } from "../../../lib/adapters/dom";
import { kbenp } from "../../../lib/adapters/kbenp";
import { bijoranje } from "../../../lib/adapters/bijoranje";
import { youngcapital } from "../../../lib/adapters/youngcapital";
import { zuidprofs } from "../../../lib/adapters/zuidprofs";
import { parseHtml } from "../extract/parse-html";

const siteAdapters = adapters.filter((a) => a.id !== "generic");

describe("adapter registry", () => {
  it("lists every site adapter once, generic last", () => {
    expect(adapters.at(-1)?.id).toBe("generic");
    for (const a of [kbenp, bijoranje, youngcapital, zuidprofs]) expect(adapters).toContain(a);
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });

  for (const adapter of adapters) {
    it(`${adapter.id}: has examples it matches and no other site adapter matches`, () => {
      expect(adapter.examples.length).toBeGreaterThan(0);
      for (const example of adapter.examples) {
        const url = new URL(example);
        expect(adapterFor(url).id).toBe(adapter.id);
        for (const other of siteAdapters) if (other !== adapter) expect(other.matches(url)).toBe(false);
      }
    });
  }

  it("site adapters do not match overview, home or blog pages of their site", () => {
    for (const href of [
      "https://www.kbenp.nl/",
      "https://www.kbenp.nl/opdrachten",
      "https://www.kbenp.nl/kennisbank/eisen-en-wensen/",
      "https://www.bijoranje.nl/opdrachten/",
      "https://www.youngcapital.nl/vacatures/zoetermeer",
      "https://www.zuidprofs.nl/opdrachten/",
      "https://www.zuidprofs.nl/",
    ]) {
      expect(adapterFor(new URL(href)).id).toBe("generic");
    }
  });

  it("throws an AdapterError when a required element is missing", () => {
    const doc = parseHtml("<html><body><main><p>Niets</p></main></body></html>");
    const ctx = { url: new URL("https://www.kbenp.nl/opdrachten/x/"), now: new Date("2025-01-01T00:00:00Z") };
    for (const adapter of siteAdapters) expect(() => adapter.extract(doc, ctx)).toThrow(AdapterError);
  });
});
