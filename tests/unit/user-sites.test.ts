// The user's own sites as data (lib/user-sites.ts) and the analysis problems (lib/analysis-problem.ts).
import { describe, expect, it } from "vitest";
import {
  addableOrigin,
  asSites,
  originPattern,
  readUserSites,
  registrationPlan,
  scriptIdOf,
  withUserSite,
  withoutUserSite,
  MAX_USER_SITES,
} from "../../lib/user-sites";
import { isSiteUrl, siteListingOf, siteOf } from "../../lib/sites";
import { analysisProblem, nextStepKey, problemKey } from "../../lib/analysis-problem";
import { parseBackup, buildBackup } from "../../lib/storage/backup";
import { defaultSettings } from "../../lib/model/settings";
import { checkPopupSender, parsePopupMessage } from "../../lib/protocol-sites";
import { messageKeys } from "../../lib/i18n/t";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";

const now = new Date("2025-11-01T10:00:00Z");
const yacht = { origin: "https://www.yacht.nl", addedAt: now.toISOString() };

describe("the user's sites", () => {
  it("offers http(s) pages that are no built-in site, by their origin", () => {
    expect(addableOrigin("https://www.yacht.nl/opdrachten/123?x=1#y")).toBe("https://www.yacht.nl");
    expect(addableOrigin("http://localhost:8080/a")).toBe("http://localhost:8080");
    expect(addableOrigin("https://www.kbenp.nl/opdrachten/x")).toBeNull();
    expect(addableOrigin("chrome://extensions")).toBeNull();
    expect(addableOrigin("file:///tmp/a.html")).toBeNull();
    expect(addableOrigin(undefined)).toBeNull();
    expect(addableOrigin("not a url")).toBeNull();
  });

  it("asks for and registers on the origin's host, every port", () => {
    expect(originPattern("https://www.yacht.nl")).toBe("https://www.yacht.nl/*");
    expect(originPattern("http://localhost:8080")).toBe("http://localhost/*");
  });

  it("serves the same lookups as the built-in sites", () => {
    const own = asSites([yacht]);
    const page = new URL("https://www.yacht.nl/opdrachten/1");
    expect(siteOf(page)).toBeNull();
    expect(siteOf(page, own)).toMatchObject({ host: "www.yacht.nl", name: "yacht.nl", adapter: null });
    expect(isSiteUrl(page.href)).toBe(false);
    expect(isSiteUrl(page.href, own)).toBe(true);
    // No known listing pages: the first stage decides on the page itself.
    expect(siteListingOf(page, own)).toBeNull();
    // A built-in site stays the built-in one.
    expect(siteOf(new URL("https://www.kbenp.nl/"), own)?.name).toBe("KB&P");
  });

  it("adds once, removes, and keeps at most the newest MAX_USER_SITES", () => {
    const one = withUserSite([], "https://www.yacht.nl", now);
    expect(one).toEqual([yacht]);
    expect(withUserSite(one, "https://www.yacht.nl", now)).toEqual([yacht]);
    expect(withoutUserSite(one, "https://www.yacht.nl")).toEqual([]);
    let many = [] as ReturnType<typeof withUserSite>;
    for (let i = 0; i <= MAX_USER_SITES; i++) many = withUserSite(many, `https://s${i}.example.com`, now);
    expect(many).toHaveLength(MAX_USER_SITES);
    expect(many[0]!.origin).toBe("https://s1.example.com");
  });

  it("reads entry by entry: a bad or duplicate entry is set aside, the others load", () => {
    const read = readUserSites([yacht, { origin: "javascript:alert(1)", addedAt: now.toISOString() }, yacht, 7]);
    expect(read.sites).toEqual([yacht]);
    expect(read.setAside.map((s) => s.problem)).toEqual([
      expect.stringContaining("userSites[1].origin"),
      "userSites[2]: duplicate site https://www.yacht.nl",
      expect.stringContaining("userSites[3]"),
    ]);
    expect(readUserSites("garbage").setAside[0]).toEqual({ raw: "garbage", problem: "userSites: not a list of sites" });
    expect(readUserSites(undefined)).toEqual({ sites: [], setAside: [] });
  });

  it("plans registrations: granted sites without one get one, ours no longer wanted go, others' stay", () => {
    const other = { origin: "https://www.hays.nl", addedAt: now.toISOString() };
    const gone = scriptIdOf("https://www.gone.nl");
    const plan = registrationPlan([yacht, other], (o) => o === yacht.origin, [
      gone,
      "someone-else",
      scriptIdOf(other.origin),
    ]);
    expect(plan.register).toEqual([yacht]);
    expect(plan.unregister.sort()).toEqual([gone, scriptIdOf(other.origin)].sort());
  });

  it("goes into the backup and back; a backup of an earlier version has none", () => {
    const state = {
      profile: null,
      saved: Object.create(null) as never,
      settings: defaultSettings(),
      userSites: [yacht],
    };
    const parsed = parseBackup(JSON.stringify(buildBackup(state, now)));
    expect(parsed.ok && parsed.state.userSites).toEqual([yacht]);
    const old = { ...buildBackup(state, now), userSites: undefined };
    const parsedOld = parseBackup(JSON.stringify(old));
    expect(parsedOld.ok && parsedOld.state.userSites).toEqual([]);
    const bad = parseBackup(
      JSON.stringify({ ...buildBackup(state, now), userSites: [{ origin: "ftp://x", addedAt: "no" }] }),
    );
    expect(bad.ok).toBe(false);
  });
});

describe("the popup's add-site message", () => {
  const popupUrl = "chrome-extension://abc/popup.html";
  it("is parsed whole", () => {
    expect(parsePopupMessage({ type: "add-site", origin: "https://www.yacht.nl" })).toEqual({
      type: "add-site",
      origin: "https://www.yacht.nl",
    });
    expect(() => parsePopupMessage({ type: "add-site", origin: "https://www.yacht.nl/path" })).toThrow(/origin/);
    expect(() => parsePopupMessage({ type: "add-site", origin: "https://x.nl", extra: 1 })).toThrow();
  });
  it("comes only from this extension's popup", () => {
    expect(() => checkPopupSender({ id: "abc", url: popupUrl }, "abc", popupUrl)).not.toThrow();
    expect(() =>
      checkPopupSender({ id: "abc", url: `${popupUrl}?tab=3`, tab: { id: 3 } }, "abc", popupUrl),
    ).not.toThrow();
    expect(() => checkPopupSender({ id: "other", url: popupUrl }, "abc", popupUrl)).toThrow(/another extension/);
    // A content script of this extension speaks for a web page.
    expect(() =>
      checkPopupSender({ id: "abc", url: "https://evil.example/popup.html", tab: { id: 1 } }, "abc", popupUrl),
    ).toThrow(/no popup/);
    expect(() =>
      checkPopupSender({ id: "abc", url: "chrome-extension://abc/options.html" }, "abc", popupUrl),
    ).toThrow();
    expect(() =>
      checkPopupSender({ id: "abc", url: "chrome-extension://abc/popup.html.evil" }, "abc", popupUrl),
    ).toThrow();
  });
});

describe("analysis problems", () => {
  it.each([
    ["Cannot access a chrome:// URL", "chrome://extensions/", "browser-page"],
    ["", "about:blank", "browser-page"],
    ["The extensions gallery cannot be scripted.", "https://chromewebstore.google.com/detail/x", "store"],
    ["Missing host permission for the tab", "https://addons.mozilla.org/nl/firefox/", "store"],
    ["Cannot access contents of url", "https://example.com/opdracht.pdf", "pdf"],
    [
      "Cannot access contents of the page. Extension manifest must request permission to access the respective host.",
      "https://example.com/a",
      "no-permission",
    ],
    ["Missing host permission for the tab", "https://example.com/a", "no-permission"],
    ["Frame with ID 0 was removed.", "https://example.com/a", "gone"],
    ["No tab with id: 12.", "https://example.com/a", "gone"],
    ["Frame with ID 0 is showing error page", "https://example.com/a", "gone"],
    ["something new", "https://example.com/a", "other"],
  ])("%s on %s: %s", (message, url, kind) => {
    expect(analysisProblem(message, url)).toBe(kind);
  });

  it("has a Dutch and an English text, and a next step, for every kind", () => {
    registerBundledCatalogs();
    for (const kind of ["browser-page", "store", "pdf", "no-permission", "gone", "other"] as const) {
      for (const lang of ["nl", "en"] as const) {
        expect(messageKeys(lang)).toContain(problemKey(kind));
        expect(messageKeys(lang)).toContain(nextStepKey(kind));
      }
    }
  });

  it("reads a long error in bounded time", () => {
    const start = performance.now();
    analysisProblem("a".repeat(50_000) + " url", "https://example.com/");
    expect(performance.now() - start).toBeLessThan(50);
  });
});
