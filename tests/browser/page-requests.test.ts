// The worker's answers to the content script (entrypoints/background/page-requests.ts) on WXT's
// fakeBrowser: each message's effect read back from the fake storage. The page is a saved seed
// page (tests/fixtures/generic/seed-generic-zoetermeer.html), read as the content script reads it.
//
// Stubbed here because fakeBrowser does not implement them: browser.i18n.getUILanguage and
// browser.runtime.openOptionsPage.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadSavedHeads, loadSavedRecord, loadSettings, saveProfile, saveSettings } from "../../lib/browser/items";
import { readPage } from "../../lib/extract/reader";
import { bundledCatalogs } from "../../lib/i18n/bundled";
import { listingKey } from "../../lib/model/listing-key";
import type { Listing } from "../../lib/model/listing";
import type { PageReading } from "../../lib/model/page-reading";
import { emptyProfile } from "../../lib/model/profile";
import { defaultSettings } from "../../lib/model/settings";
import type { ContentToBackground, PageStateReply } from "../../lib/protocol";
import { handleContentMessage } from "../../entrypoints/background/page-requests";
import { parseHtml } from "../unit/extract/parse-html";
import { fixturesDir } from "../shared-folder";

const pageUrl =
  "https://opdrachten.example.com/opdracht/projectleider-organisatieontwikkeling-sociaal-domein-zoetermeer";
const host = "opdrachten.example.com";
const reading: PageReading = readPage(
  parseHtml(readFileSync(join(fixturesDir, "generic/seed-generic-zoetermeer.html"), "utf8")),
  pageUrl,
).reading;

const send = (message: ContentToBackground) => handleContentMessage(message, pageUrl);
const pageState = async () => (await send({ type: "page-state", reading })) as PageStateReply;

/** The listing as the worker reads it from the page: what the panel's buttons send back. */
let listing: Listing;
let id: string;
/** The first eis (must) of the page. */
let eis: string;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2025-11-05T10:00:00Z"));
  vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("nl-NL");
  listing = (await pageState()).listing;
  id = listingKey(listing);
  const must = listing.requirements.find((r) => r.kind === "must");
  if (!listing.isListing || !must) throw new Error("the seed page no longer reads as a listing with an eis");
  eis = must.id;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("page-state", () => {
  it("reads the listing in the page; without a profile no match, not saved, panel open, browser's language", async () => {
    const reply = await pageState();
    expect(reply.listing).toMatchObject({
      isListing: true,
      title: "Projectleider organisatieontwikkeling sociaal domein",
    });
    expect(reply.listing.requirements.length).toBeGreaterThan(0);
    expect(reply.now).toBe("2025-11-05T10:00:00.000Z");
    expect(reply).toMatchObject({ match: null, saved: false, collapsed: false, disabled: false, lang: "nl" });
    expect(reply.messages).toBe(bundledCatalogs.nl);
  });

  it("with a profile: every requirement gets a verdict, none overridden", async () => {
    await saveProfile({ ...emptyProfile(), skills: ["projectleiding"] });
    const reply = await pageState();
    expect(reply.match?.requirements.map((r) => r.id)).toEqual(listing.requirements.map((r) => r.id));
    expect(reply.match?.requirements.every((r) => !r.overridden)).toBe(true);
  });

  it("follows the settings: language, collapsed panel, the site switched off", async () => {
    await saveSettings({ ...defaultSettings(), lang: "en", panelCollapsed: true, disabledSites: [host] });
    const reply = await pageState();
    expect(reply).toMatchObject({ lang: "en", collapsed: true, disabled: true });
    expect(reply.messages).toBe(bundledCatalogs.en);
  });

  it("refuses a reading, or a listing, that does not validate, and a page that is not a listing", async () => {
    await expect(send({ type: "page-state", reading: { ...reading, blocks: "x" } as never })).rejects.toThrow();
    await expect(send({ type: "toggle-saved", listing: { ...listing, deadline: "morgen" } })).rejects.toThrow();
    await expect(send({ type: "toggle-saved", listing: { ...listing, isListing: false } })).rejects.toThrow();
    expect(await loadSavedRecord(id)).toBeNull();
  });
});

describe("toggle-saved", () => {
  it("saves the listing (as of now, under its key), then unsaves it", async () => {
    await send({ type: "toggle-saved", listing });
    const saved = await loadSavedRecord(id);
    expect(saved).toEqual({
      id,
      listing,
      status: "bewaard",
      note: "",
      overrides: {},
      savedAt: "2025-11-05T10:00:00.000Z",
      lastSeenAt: "2025-11-05T10:00:00.000Z",
    });
    expect((await loadSavedHeads()).heads.map((h) => h.id)).toEqual([id]);
    expect((await pageState()).saved).toBe(true);

    await send({ type: "toggle-saved", listing });
    expect(await loadSavedRecord(id)).toBeNull();
    expect((await loadSavedHeads()).heads).toEqual([]);
    expect((await pageState()).saved).toBe(false);
  });

  // finding for the trust issue (#13): writes race. A double click sends two toggles; both
  // read "not saved" before either writes, so the listing ends up saved instead of unsaved.
  it.fails("two toggles at once (a double click) end where they started", async () => {
    await Promise.all([send({ type: "toggle-saved", listing }), send({ type: "toggle-saved", listing })]);
    expect(await loadSavedRecord(id)).toBeNull();
  });
});

describe("override", () => {
  it("on a listing not saved yet saves it with the verdict, which the match then shows", async () => {
    await saveProfile(emptyProfile());
    await send({ type: "override", listing, requirementId: eis, verdict: "unmet" });
    expect((await loadSavedRecord(id))?.overrides).toEqual({ [eis]: "unmet" });
    const reply = await pageState();
    expect(reply.saved).toBe(true);
    expect(reply.match?.requirements.find((r) => r.id === eis)).toMatchObject({ verdict: "unmet", overridden: true });
  });

  it("keeps status and note, replaces and takes back verdicts", async () => {
    const other = listing.requirements.find((r) => r.id !== eis)!.id;
    await send({ type: "toggle-saved", listing });
    await send({ type: "override", listing, requirementId: eis, verdict: "met" });
    await send({ type: "override", listing, requirementId: other, verdict: "unmet" });
    await send({ type: "override", listing, requirementId: eis, verdict: null });
    expect(await loadSavedRecord(id)).toMatchObject({ overrides: { [other]: "unmet" }, status: "bewaard" });
  });
});

describe("settings messages", () => {
  it("disable-site adds the host once, keeping the other settings", async () => {
    await saveSettings({ ...defaultSettings(), badgeWindowDays: 5, disabledSites: ["www.flextender.nl"] });
    expect((await pageState()).disabled).toBe(false);
    await send({ type: "disable-site", host });
    await send({ type: "disable-site", host });
    const { settings } = await loadSettings();
    expect(settings.disabledSites).toEqual(["www.flextender.nl", host]);
    expect(settings.badgeWindowDays).toBe(5);
    expect((await pageState()).disabled).toBe(true);
  });

  it("set-collapsed keeps the panel's state", async () => {
    await send({ type: "set-collapsed", collapsed: true });
    expect((await loadSettings()).settings.panelCollapsed).toBe(true);
    expect((await pageState()).collapsed).toBe(true);
  });

  // finding for the trust issue (#13): writes race. Settings are read, changed and written whole,
  // so of two changes at once (collapse the panel, switch off the site) the second undoes the first.
  it.fails("two settings changes at once both land", async () => {
    await Promise.all([send({ type: "set-collapsed", collapsed: true }), send({ type: "disable-site", host })]);
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({ panelCollapsed: true, disabledSites: [host] });
  });

  it("open-options opens the options page", async () => {
    const open = vi.spyOn(fakeBrowser.runtime, "openOptionsPage").mockResolvedValue(undefined);
    await send({ type: "open-options" });
    expect(open).toHaveBeenCalledOnce();
  });
});
