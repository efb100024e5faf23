// The messages between content script and worker as schemas (lib/protocol-schema.ts) and the
// listing a page may send (lib/model/page-listing.ts): issue 13, "Every message validated as a
// whole" and its findings 3 and 5, and the small ones (https host patterns, requirement ids,
// caps). The worker's side, with the sender, is tests/browser/page-requests.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractListing } from "../../lib/interpret/extract-listing";
import type { Listing } from "../../lib/model/listing";
import { PAGE_LISTING_LIMITS, pageListingSchema, parsePageListing } from "../../lib/model/page-listing";
import {
  canonicalOnOwnSite,
  contentReplySchema,
  contentToBackgroundSchema,
  listingFromPage,
  pageSender,
  parseContentMessage,
} from "../../lib/protocol-schema";
import { isBackgroundToContent, type ContentToBackground } from "../../lib/protocol";
import { siteHostPatterns } from "../../lib/sites";
import { fixturesDir, repoRoot } from "../shared-folder";
import { parseHtml } from "./interpret/parse-html";
import { makeListing } from "./storage/make-saved";

const listing: Listing = makeListing({
  requirements: [
    { id: "must-1x2y3z", text: "HBO werk- en denkniveau", kind: "must", label: "E1", weight: null },
    { id: "nice-abc", text: "Ervaring bij een gemeente", kind: "nice", label: null, weight: "20%" },
  ],
});
const eis = "must-1x2y3z";
const page = new URL(listing.url);

const refuses = (message: unknown) => expect(() => parseContentMessage(message)).toThrow(/does not validate/);

describe("every message the content script sends parses as it is", () => {
  const messages: ContentToBackground[] = [
    { type: "open-options" },
    { type: "toggle-saved", listing },
    { type: "override", listing, requirementId: eis, verdict: "met" },
    { type: "override", listing, requirementId: eis, verdict: "unmet" },
    { type: "override", listing, requirementId: eis, verdict: null },
    { type: "set-collapsed", collapsed: true },
    { type: "move-panel", corner: "top-left" },
    { type: "disable-site", host: "opdrachten.example.com" },
    { type: "disable-site" },
    { type: "enable-site", host: "opdrachten.example.com" },
    { type: "enable-site" },
  ];
  for (const message of messages) {
    it(`${message.type} ${"verdict" in message ? String(message.verdict) : ""}`, () => {
      // As the browser hands it over: a structured clone (JSON here) of what was sent.
      expect(parseContentMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
    });
  }

  it("the listing the worker makes of every page in tests/fixtures passes the page schema (it is sent back)", () => {
    const sites = readdirSync(fixturesDir, { withFileTypes: true }).filter((d) => d.isDirectory());
    let checked = 0;
    for (const site of sites) {
      for (const file of readdirSync(join(fixturesDir, site.name)).filter((f) => f.endsWith(".html"))) {
        const truth = JSON.parse(readFileSync(join(fixturesDir, site.name, file.replace(/\.html$/, ".json")), "utf8"));
        const html = readFileSync(join(fixturesDir, site.name, file), "utf8");
        const made = extractListing(parseHtml(html), { url: truth.url, now: new Date(truth.now) });
        const parsed = pageListingSchema.safeParse(JSON.parse(JSON.stringify(made)));
        expect(parsed.success ? "ok" : `${file}: ${parsed.error.issues[0]?.path.join(".")}`).toBe("ok");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe("finding 5: messages are validated whole", () => {
  it("finding 5: an override verdict other than met/unmet/null is refused", () => {
    refuses({ type: "override", listing, requirementId: eis, verdict: "maybe" });
    refuses({ type: "override", listing, requirementId: eis, verdict: "unknown" });
    refuses({ type: "override", listing, requirementId: eis });
  });

  it("finding 5: a disable-site host that is not a hostname (an object, a list) is refused", () => {
    refuses({ type: "disable-site", host: {} });
    refuses({ type: "disable-site", host: ["a.nl", "b.nl"] });
    refuses({ type: "disable-site", host: "a.nl/<script>" });
    refuses({ type: "disable-site", host: "a".repeat(300) });
  });

  it("finding 5: a requirement id is a must-/nice- id, never __proto__ or another type", () => {
    for (const requirementId of ["__proto__", "constructor", "x", "must-", "must-ABC", 42, null]) {
      refuses({ type: "override", listing, requirementId, verdict: "met" });
    }
    const badId = { ...listing, requirements: [{ ...listing.requirements[0]!, id: "__proto__" }] };
    refuses({ type: "toggle-saved", listing: badId });
  });

  it("finding 5: a key the message or its listing does not have is refused, at every depth", () => {
    refuses({ type: "toggle-saved", listing, extra: 1 });
    refuses({ type: "set-collapsed", collapsed: true, host: "a.nl" });
    refuses({ type: "open-options", url: "https://a.nl" });
    refuses({ type: "toggle-saved", listing: { ...listing, profile: {} } });
    refuses({ type: "toggle-saved", listing: { ...listing, health: { ...listing.health, debug: 1 } } });
    refuses({ type: "toggle-saved", listing: { ...listing, rate: { ...listing.rate!, note: "x" } } });
    refuses({ type: "toggle-saved", listing: { ...listing, requirements: [{ ...listing.requirements[0]!, x: 1 }] } });
    refuses({ type: "toggle-saved", listing: { ...listing, provenance: { salary: { tier: "text", source: "x" } } } });
    refuses({ type: "no-such-type" });
    refuses(null);
    refuses("toggle-saved");
  });

  it("finding 5: a wrong type anywhere is refused (collapsed, isListing, a date, a rate)", () => {
    refuses({ type: "set-collapsed", collapsed: "true" });
    refuses({ type: "toggle-saved", listing: { ...listing, isListing: 1 } });
    refuses({ type: "toggle-saved", listing: { ...listing, deadline: "morgen" } });
    refuses({ type: "toggle-saved", listing: { ...listing, rate: { ...listing.rate!, max: "110" } } });
    refuses({ type: "toggle-saved", listing: { ...listing, url: "javascript:alert(1)" } });
    refuses({ type: "toggle-saved", listing: { ...listing, canonicalUrl: "data:text/html,x" } });
  });
});

describe("caps (small ones): strings and counts have a ceiling", () => {
  it("caps: a string over its cap is refused (a 48,000-character client, an over-long address)", () => {
    refuses({ type: "toggle-saved", listing: { ...listing, client: "x".repeat(48_000) } });
    refuses({ type: "toggle-saved", listing: { ...listing, title: "x".repeat(PAGE_LISTING_LIMITS.text + 1) } });
    refuses({
      type: "toggle-saved",
      listing: { ...listing, url: `${listing.url}?${"q".repeat(PAGE_LISTING_LIMITS.url)}` },
    });
    const longText = { ...listing.requirements[0]!, text: "x".repeat(PAGE_LISTING_LIMITS.text + 1) };
    refuses({ type: "toggle-saved", listing: { ...listing, requirements: [longText] } });
    expect(
      parseContentMessage({ type: "toggle-saved", listing: { ...listing, title: "x".repeat(4000) } }),
    ).toBeTruthy();
  });

  it("caps: 10,000 requirements are refused", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `must-${i.toString(36)}`,
      text: `Eis ${i}`,
      kind: "must" as const,
      label: null,
      weight: null,
    }));
    refuses({ type: "toggle-saved", listing: { ...listing, requirements: many } });
    const enough = many.slice(0, PAGE_LISTING_LIMITS.requirements);
    expect(parsePageListing({ ...listing, requirements: enough })).not.toBeNull();
  });
});

describe("the first stage's answer to the popup", () => {
  it("finding 5: is validated whole: the listing, or null, and nothing else", () => {
    expect(contentReplySchema.safeParse({ listing }).success).toBe(true);
    expect(contentReplySchema.safeParse({ listing: null }).success).toBe(true);
    expect(contentReplySchema.safeParse({ listing, profile: {} }).success).toBe(false);
    expect(contentReplySchema.safeParse({ listing: { ...listing, title: 5 } }).success).toBe(false);
    expect(contentReplySchema.safeParse(undefined).success).toBe(false);
  });
});

describe("finding 3: a canonical address is accepted only on the page's own site", () => {
  it("finding 3: a canonical address on another host is not the page's own", () => {
    const evil = new URL("https://opdrachten.evil.example/opdracht/1");
    expect(canonicalOnOwnSite(evil, "https://www.kbenp.nl/opdrachten/1")).toBe(false);
    expect(canonicalOnOwnSite(evil, "https://evil.example.kbenp.nl.attacker.example/x")).toBe(false);
    expect(canonicalOnOwnSite(evil, "https://evil.example/x")).toBe(false);
    expect(canonicalOnOwnSite(new URL("https://notkbenp.nl/x"), "https://kbenp.nl/x")).toBe(false);
    expect(canonicalOnOwnSite(evil, "javascript:alert(1)")).toBe(false);
    expect(canonicalOnOwnSite(evil, "not a url")).toBe(false);
  });

  it("the same host, with or without www., and another host of the same broker are the page's own", () => {
    expect(canonicalOnOwnSite(new URL("https://www.kbenp.nl/a"), "https://kbenp.nl/b")).toBe(true);
    expect(canonicalOnOwnSite(new URL("https://kbenp.nl/a"), "https://www.kbenp.nl/b")).toBe(true);
    expect(canonicalOnOwnSite(new URL("https://nl.linkedin.com/jobs/1"), "https://www.linkedin.com/jobs/1")).toBe(true);
    expect(canonicalOnOwnSite(page, `https://${page.hostname}/opdracht/2`)).toBe(true);
  });

  it("finding 3: a listing sent back is checked against the sender's page: foreign canonical dropped, foreign address refused", () => {
    const forged = { ...listing, canonicalUrl: "https://www.kbenp.nl/opdrachten/1" };
    expect(listingFromPage(forged, page)).toEqual({ ...listing, canonicalUrl: null });
    const own = { ...listing, canonicalUrl: `https://www.${page.hostname}/opdracht/1` };
    expect(listingFromPage(own, page)).toEqual(own);
    expect(() => listingFromPage(listing, new URL("https://opdrachten.evil.example/x"))).toThrow(/sender's page/);
    expect(() => listingFromPage(listing, new URL("http://opdrachten.example.com/opdracht/1"))).toThrow();
  });
});

describe("finding 5: checked against the sender", () => {
  const id = "extension-id";
  it("finding 5: only this extension's content script, in a tab, on a web page", () => {
    expect(pageSender({ id, url: listing.url, tab: { id: 3 } }, id)).toEqual({ tabId: 3, frameId: 0, page });
    // The frame is the browser's word for where the content script runs (the reader goes there).
    expect(pageSender({ id, url: listing.url, tab: { id: 3 }, frameId: 7 }, id).frameId).toBe(7);
    expect(() => pageSender({ id: "other", url: listing.url, tab: { id: 3 } }, id)).toThrow(/another extension/);
    expect(() => pageSender({ url: listing.url, tab: { id: 3 } }, id)).toThrow(/another extension/);
    expect(() => pageSender({ id, url: listing.url }, id)).toThrow(/no tab/);
    expect(() => pageSender({ id, tab: { id: 3 } }, id)).toThrow(/no web page/);
    expect(() => pageSender({ id, url: `chrome-extension://${id}/popup.html`, tab: { id: 3 } }, id)).toThrow(
      /no web page/,
    );
  });
});

describe("https (small ones): host patterns are https only", () => {
  it("https: the content script's matches and the manifest's host permissions are https:// only", () => {
    expect(siteHostPatterns.length).toBeGreaterThan(0);
    for (const pattern of siteHostPatterns) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
    // wxt.config.ts takes its host permissions from siteHostPatterns; its optional one is https too.
    const config = readFileSync(join(repoRoot, "wxt.config.ts"), "utf8");
    // The shipped build holds the sites only; the browser-test build (--mode e2e) every https site.
    expect(config).toContain(
      'host_permissions: mode === "e2e" ? [...siteHostPatterns, "https://*/*"] : siteHostPatterns',
    );
    expect(config).not.toMatch(/["'](\*|http):\/\//);
  });
});

// The schema is built once: a guard that it stays a discriminated union on `type`.
it("one schema per message type, on `type`", () => {
  expect(contentToBackgroundSchema.options.map((o) => o.shape.type.value).sort()).toEqual(
    [
      "disable-site",
      "enable-site",
      "load-reader",
      "move-panel",
      "open-options",
      "open-response",
      "override",
      "page-state",
      "save-site-rule",
      "set-collapsed",
      "site-rules",
      "toggle-saved",
    ].sort(),
  );
});

// User test, problem 2: the keyboard command comes to the content script from the worker. The
// content script checks it whole (without zod) and against its sender.
describe("the worker's message to the content script (focus-panel)", () => {
  const id = "extension-id";
  const worker = { id };

  it("is the message with exactly its type, from this extension outside any tab", () => {
    expect(isBackgroundToContent({ type: "focus-panel" }, worker, id)).toBe(true);
    expect(isBackgroundToContent(JSON.parse('{"type":"focus-panel"}'), worker, id)).toBe(true);
  });

  it("refuses another shape, another type, and any sender but this extension's worker", () => {
    const refused: unknown[] = [
      null,
      "focus-panel",
      ["focus-panel"],
      {},
      { type: "focus-panel", extra: 1 },
      { type: "FOCUS-PANEL" },
      { type: "get-listing" },
      { type: { toString: () => "focus-panel" } },
    ];
    for (const message of refused)
      expect(isBackgroundToContent(message, worker, id), JSON.stringify(message)).toBe(false);
    expect(isBackgroundToContent({ type: "focus-panel" }, { id: "another" }, id)).toBe(false);
    expect(isBackgroundToContent({ type: "focus-panel" }, {}, id)).toBe(false);
    // Another tab's content script of this extension is no worker.
    expect(isBackgroundToContent({ type: "focus-panel" }, { id, tab: { id: 3 } }, id)).toBe(false);
    expect(isBackgroundToContent({ type: "focus-panel" }, { id: "" }, "")).toBe(false);
  });
});
