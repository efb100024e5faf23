// Issue 13, finding 3: "A canonical link reaches another site's record". A page on any host could
// declare a canonical address on a broker host; one toggle-saved message then deleted or
// overwrote the user's saved listing there, status and note included. Done when: a page with a
// canonical link on another host cannot touch that host's saved listing.
//
// In Chromium with the built extension: the KB&P seed listing is saved at its real address and
// given a status and a note; then a listing on another broker's host whose <link rel="canonical">
// names that KB&P address is saved and unsaved with trusted clicks on the panel's "Bewaren". The
// KB&P record stays byte for byte the same; the other page gets a record of its own address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { normaliseUrl } from "../../lib/model/listing-key";
import { savedListingSchema, type SavedListing } from "../../lib/model/saved";
import { planSavedWrite, recordKey } from "../../lib/storage/saved-layout";
import {
  clickInPanel,
  fixtureCase,
  launchExtension,
  openPanel,
  panelCount,
  panelText,
  seedFixture,
  setClock,
  type ExtensionSession,
  type FixtureCase,
} from "./harness";

const kbenp = seedFixture("seed-kbenp-utrecht");
const kbenpId = normaliseUrl(kbenp.url);

/** `fixture`, served at `url`, with its canonical link replaced by one to the KB&P listing. */
function pointingAtKbenp(fixture: FixtureCase, url: string): FixtureCase {
  const link = `<link rel="canonical" href="${kbenp.url}">`;
  const html = fixture.html.replace(/<link\b[^>]*\brel=["']?canonical["']?[^>]*>/gi, "");
  return { ...fixture, url, html: html.replace(/<head([^>]*)>/i, `<head$1>${link}`) };
}

// Two attackers: the Bij Oranje seed at its own address (a site with an adapter), and a
// HeadFirst page served at a Striive address (a broker host read by the generic extractor).
const attackers = [
  pointingAtKbenp(seedFixture("seed-bijoranje-utrecht"), seedFixture("seed-bijoranje-utrecht").url),
  pointingAtKbenp(
    fixtureCase("headfirst/adviseur-informatiebeveiliging-almere"),
    "https://www.striive.com/opdracht/adviseur-informatiebeveiliging-almere",
  ),
];

/** Everything in the extension's storage, as the service worker sees it. */
async function readAll(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return api.storage.local.get(null);
  });
}

/** Writes straight into the extension's storage, as the service worker sees it. */
async function writeAll(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, values);
}

/** The saved record stored under `id`, parsed (records are stored as JSON text), or null. */
async function savedRecord(session: ExtensionSession, id: string): Promise<SavedListing | null> {
  const raw = (await readAll(session))[recordKey(id)];
  return typeof raw === "string" ? savedListingSchema.parse(JSON.parse(raw)) : null;
}

async function openListing(session: ExtensionSession, fixture: FixtureCase): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  await expect.poll(() => panelCount(page), { timeout: 15000 }).toBe(1);
  await openPanel(page);
  await expect.poll(() => panelText(page, ".or-actions .or-button")).toMatch(/Bewaren|Bewaard/);
  return page;
}

describe("a canonical link on another host", () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ pages: [kbenp, ...attackers] });
    await setClock(session, kbenp.now);
    await writeAll(session, { settings: { lang: "nl" } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("saves the KB&P listing, with a status and a note", async () => {
    const page = await openListing(session, kbenp);
    await clickInPanel(page, ".or-actions .or-button", /Bewaren/);
    await expect.poll(() => savedRecord(session, kbenpId), { timeout: 10000 }).not.toBeNull();
    const saved = (await savedRecord(session, kbenpId))!;
    expect(saved.listing.url).toBe(kbenp.url);
    // The user's own fields, written as the extension writes them (record and index).
    const edited: SavedListing = { ...saved, status: "reageren", note: "Gebeld met Anna, cv vóór vrijdag sturen" };
    await writeAll(session, planSavedWrite([saved], [edited]).set);
    expect((await savedRecord(session, kbenpId))?.note).toBe(edited.note);
    await page.close();
  });

  for (const attacker of attackers) {
    const host = new URL(attacker.url).hostname;
    it(`a listing on ${host} naming the KB&P address as canonical cannot touch its record`, async () => {
      expect(attacker.html).toContain(`<link rel="canonical" href="${kbenp.url}">`);
      const before = (await readAll(session))[recordKey(kbenpId)];
      expect(typeof before).toBe("string");
      const ownId = normaliseUrl(attacker.url);
      expect(ownId).not.toBe(kbenpId);

      const page = await openListing(session, attacker);
      // The panel does not take the KB&P record for this page's: it offers to save, not "Bewaard".
      expect(await panelText(page, ".or-actions .or-button")).toMatch(/^Bewaren$/);

      // Save: a record of the page's own address, its canonical (off its site) dropped.
      await clickInPanel(page, ".or-actions .or-button", /Bewaren/);
      await expect.poll(() => savedRecord(session, ownId), { timeout: 10000 }).not.toBeNull();
      const own = (await savedRecord(session, ownId))!;
      expect(own.listing.url).toBe(attacker.url);
      expect(own.listing.canonicalUrl).not.toBe(kbenp.url);
      expect(own.status).toBe("bewaard");
      expect(own.note).toBe("");
      expect((await readAll(session))[recordKey(kbenpId)]).toBe(before);

      // Unsave: the page's own record goes, the KB&P record stays as it was.
      await expect.poll(() => panelText(page, ".or-actions .or-button")).toMatch(/Bewaard/);
      await clickInPanel(page, ".or-actions .or-button", /Bewaard/);
      await expect.poll(() => savedRecord(session, ownId), { timeout: 10000 }).toBeNull();
      const after = (await readAll(session))[recordKey(kbenpId)];
      expect(after).toBe(before);
      const kept = (await savedRecord(session, kbenpId))!;
      expect(kept.status).toBe("reageren");
      expect(kept.note).toBe("Gebeld met Anna, cv vóór vrijdag sturen");
      expect(kept.listing.url).toBe(kbenp.url);
      // The index still lists the KB&P listing.
      expect(String((await readAll(session)).savedIndex)).toContain(kbenpId);
      await page.close();
    });
  }
});
