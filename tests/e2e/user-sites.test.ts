// "Altijd op deze site" in the built extension (issue 17): a site that is no broker of
// lib/sites.ts is added from the popup; a new page of that site then shows the panel by itself
// (a registered content script, no popup); removed in the options page, it no longer does.
//
// The e2e build holds https://*/* (wxt.config.ts), so permissions.request resolves true without
// a prompt: a test cannot click the browser's prompt. A refusal is shown by replacing the popup
// page's chrome.permissions.request before the click (screenshots of every state).
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, panelCount, setClock, seedFixture, tabIdOf, type ExtensionSession } from "./harness";
import { openPopup, readStorage } from "./popup-helpers";

const shots = process.env.OPDRACHTRADAR_SHOTS ?? "test-results/screenshots";
const generic = seedFixture("seed-generic-zoetermeer");
const origin = new URL(generic.url).origin;
/** Another listing page of the same site, at its own address. */
const second = { url: `${origin}/opdracht/tweede-opdracht-zoetermeer`, html: generic.html };
const third = { url: `${origin}/opdracht/derde-opdracht-zoetermeer`, html: generic.html };

const currentSection = (page: Page) => page.locator("section[aria-labelledby=current-heading]");

async function registeredIds(session: ExtensionSession): Promise<string[]> {
  return session.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
      }
    ).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the user's own sites", () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ pages: [generic, second, third] });
    await setClock(session, generic.now);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("says a refusal plainly, and keeps the offer", async () => {
    const tab = await session.context.newPage();
    await tab.goto(generic.url);
    const popup = await openPopup(session, await tabIdOf(session, generic.url));
    const current = currentSection(popup);
    const offer = current.getByRole("button", { name: "Altijd op deze site" });
    await expect.poll(() => offer.count(), { timeout: 15000 }).toBe(1);
    expect(await current.innerText()).toContain(
      "Dan leest Opdrachtradar elke pagina van opdrachten.example.com vanzelf",
    );
    await popup.screenshot({ path: `${shots}/user-site-offer-nl.png` });
    // The browser's prompt answered "no".
    await popup.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { permissions: { request: unknown } } }).chrome;
      api.permissions.request = () => Promise.resolve(false);
    });
    await offer.click();
    await expect
      .poll(() => current.innerText())
      .toContain(
        "Geen toestemming voor opdrachten.example.com: Opdrachtradar leest deze site alleen als je erom vraagt.",
      );
    expect(await current.getByRole("button", { name: "Opnieuw proberen" }).count()).toBe(1);
    await popup.screenshot({ path: `${shots}/user-site-refused-nl.png` });
    expect(await readStorage(session, "userSites")).toBeUndefined();
    expect(await registeredIds(session)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it("adds the site from the popup; a new page of it shows the panel by itself; removed in options, it no longer does", async () => {
    const tab = await session.context.newPage();
    await tab.goto(generic.url);
    const popup = await openPopup(session, await tabIdOf(session, generic.url));
    const current = currentSection(popup);
    await current.getByRole("button", { name: "Altijd op deze site" }).click({ timeout: 15000 });
    await expect.poll(() => current.innerText()).toContain("Opdrachtradar werkt nu vanzelf op opdrachten.example.com.");
    await popup.screenshot({ path: `${shots}/user-site-added-nl.png` });
    expect(await registeredIds(session)).toEqual([`user-site:${origin}`]);
    expect(await readStorage(session, "userSites")).toEqual([{ origin, addedAt: expect.any(String) as string }]);

    // "Analyseer deze pagina nu" reads the page the popup is about.
    await current.getByRole("button", { name: "Analyseer deze pagina nu" }).click();
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain(String(generic.expect.title));
    await popup.close();

    // A new page of the site: the panel comes by itself, nobody opened the popup.
    const page2 = await session.context.newPage();
    await page2.goto(second.url);
    await expect.poll(() => panelCount(page2), { timeout: 15000 }).toBe(1);
    await page2.close();

    // The popup on a page of an added site offers nothing more.
    const page3 = await session.context.newPage();
    await page3.goto(third.url);
    const popup2 = await openPopup(session, await tabIdOf(session, third.url));
    await expect
      .poll(() => currentSection(popup2).innerText(), { timeout: 15000 })
      .toContain(String(generic.expect.title));
    expect(await popup2.getByRole("button", { name: "Altijd op deze site" }).count()).toBe(0);
    await popup2.close();
    await page3.close();

    // Options: the site listed, with its remove button.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const list = options.locator(".user-sites");
    await expect.poll(() => list.innerText(), { timeout: 15000 }).toContain(origin);
    await list.scrollIntoViewIfNeeded();
    await list.screenshot({ path: `${shots}/user-sites-options-nl.png` });
    await list.getByRole("button", { name: "opdrachten.example.com verwijderen uit jouw sites" }).click();
    await expect.poll(() => list.innerText()).toContain("opdrachten.example.com is verwijderd");
    expect(await list.innerText()).toContain("Nog geen eigen sites.");
    await expect.poll(() => registeredIds(session)).toEqual([]);
    expect(await readStorage(session, "userSites")).toEqual([]);
    await options.close();

    // A new page of the site: no panel any more.
    const page4 = await session.context.newPage();
    await page4.goto(second.url);
    await sleep(2500);
    expect(await panelCount(page4)).toBe(0);
    await page4.close();
    await tab.close();
  });
});
