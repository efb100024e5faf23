// Conventions of the site list (refined-github's features.test.ts): every site once, every
// adapter on a listed site with example URLs that only it matches and a fixture of its own,
// and loud inside: a page without the required element throws an AdapterError.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../lib/adapters/dom";
import { adapterFor, siteAdapters } from "../../lib/read/site-adapters";
import { isSiteUrl, siteHostPatterns, siteListingOf, siteOf, sites } from "../../lib/sites";
import { parseHtml } from "./interpret/parse-html";

const withAdapter = sites.filter((s) => s.adapter);

describe("sites", () => {
  it("lists every host once, each with a name", () => {
    expect(new Set(sites.map((s) => s.host)).size).toBe(sites.length);
    for (const site of sites) {
      expect(site.name.trim()).not.toBe("");
      expect(site.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(new Set(withAdapter.map((s) => s.adapter)).size).toBe(withAdapter.length);
    for (const site of withAdapter) expect(siteAdapters[site.adapter!].id).toBe(site.adapter);
  });

  it("derives the manifest's host patterns from the list, https only", () => {
    expect(siteHostPatterns).toEqual(sites.map((s) => `https://*.${s.host}/*`));
  });

  it("knows a site's pages and subdomains, and nothing else", () => {
    expect(isSiteUrl("https://www.kbenp.nl/")).toBe(true);
    expect(isSiteUrl("https://kbenp.nl/opdrachten")).toBe(true);
    expect(isSiteUrl("https://nl.linkedin.com/jobs/view/1")).toBe(true);
    expect(isSiteUrl("https://notkbenp.nl/")).toBe(false);
    expect(isSiteUrl("https://kbenp.nl.example.com/")).toBe(false);
    expect(isSiteUrl("chrome://extensions")).toBe(false);
    expect(isSiteUrl(undefined)).toBe(false);
  });

  for (const site of withAdapter) {
    const adapter = siteAdapters[site.adapter!];
    it(`${adapter.id}: has examples on its own host that it matches and no other adapter does`, () => {
      expect(adapter.examples.length).toBeGreaterThan(0);
      for (const example of adapter.examples) {
        const url = new URL(example);
        expect(siteOf(url)).toBe(site);
        expect(adapterFor(url)?.adapter).toBe(adapter);
        for (const other of withAdapter) if (other !== site) expect(siteListingOf(url) === other).toBe(false);
      }
    });

    it(`${adapter.id}: has a fixture of its own`, () => {
      const dir = `tests/fixtures/${adapter.id}`;
      const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".html")) : [];
      expect(pages.length, `no fixture in ${dir}`).toBeGreaterThan(0);
    });
  }

  it("knows the listing pages of sites without an adapter, and not their feeds or searches", () => {
    expect(siteListingOf(new URL("https://www.linkedin.com/jobs/view/4012345678/"))?.name).toBe("LinkedIn");
    expect(siteListingOf(new URL("https://nl.indeed.com/viewjob?jk=abc123"))?.name).toBe("Indeed");
    for (const href of [
      "https://www.linkedin.com/feed/",
      "https://www.linkedin.com/jobs/search/?keywords=beleidsadviseur",
      "https://www.linkedin.com/messaging/",
      "https://nl.indeed.com/jobs?q=interim",
    ])
      expect(siteListingOf(new URL(href))).toBeNull();
  });

  it("site adapters do not claim overview, home or blog pages of their site", () => {
    for (const href of [
      "https://www.kbenp.nl/",
      "https://www.kbenp.nl/opdrachten",
      "https://www.kbenp.nl/kennisbank/eisen-en-wensen/",
      "https://www.bijoranje.nl/opdrachten/",
      "https://www.youngcapital.nl/vacatures/zoetermeer",
      "https://www.zuidprofs.nl/opdrachten/",
      "https://www.zuidprofs.nl/",
    ]) {
      expect(adapterFor(new URL(href))).toBeNull();
    }
  });

  it("throws an AdapterError when a required element is missing", () => {
    const doc = parseHtml("<html><body><main><p>Niets</p></main></body></html>");
    const ctx = { url: new URL("https://www.kbenp.nl/opdrachten/x/"), now: new Date("2025-01-01T00:00:00Z") };
    for (const site of withAdapter) expect(() => siteAdapters[site.adapter!].extract(doc, ctx)).toThrow(AdapterError);
  });
});
