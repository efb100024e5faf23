// `npm run store-screenshots`: the store screenshots (1280 × 800), in Dutch and English, made the
// demo's way (scripts/demo.ts): the browser-test build in Chromium, its clock on 1 November 2025,
// the example profile, the seed listings served at their broker addresses and the Utrecht
// assignment saved at both brokers. Three per language, in store/screenshots/<lang>/:
//   1-listing.png  a listing with the panel open and the marks in the text
//   2-popup.png    the toolbar popup, opened over that listing
//   3-options.png  the options page with the profile
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import {
  clickInPanel,
  launchExtension,
  openPanel,
  panelCount,
  seedFixture,
  setClock,
  tabIdOf,
  type ExtensionSession,
} from "../tests/e2e/harness";

const size = { width: 1280, height: 800 };
const demoNow = "2025-11-01T10:00:00+01:00";
const profileFile = resolve("tests/match-cases/profiles/senior-procesbegeleider.json");
const outRoot = resolve("store/screenshots");
const kbenp = seedFixture("seed-kbenp-utrecht");
const bijOranje = seedFixture("seed-bijoranje-utrecht");

async function shotsIn(lang: "nl" | "en"): Promise<string[]> {
  const outDir = join(outRoot, lang);
  mkdirSync(outDir, { recursive: true });
  const session = await launchExtension({ pages: [kbenp, bijOranje] });
  try {
    await setClock(session, demoNow);
    const profile = JSON.parse(readFileSync(profileFile, "utf8"));
    await session.worker.evaluate(
      async ([p, l]) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
          .chrome;
        await api.storage.local.set({ profile: p, settings: { lang: l } });
      },
      [profile, lang] as const,
    );
    // The same assignment at the other broker, saved first: the popup then says "ook bij".
    const other = await openListing(session, bijOranje.url);
    await clickInPanel(other, "button", lang === "nl" ? /^Bewaren$/ : /^Save$/);
    await other.close();

    const listing = await openListing(session, kbenp.url);
    await clickInPanel(listing, "button", lang === "nl" ? /^Bewaren$/ : /^Save$/);
    await listing.waitForTimeout(500);
    // The requirements in view beside the panel; the site's cookie banner (its consent script is
    // not served) taken away.
    await listing.evaluate(() => {
      document.getElementById("kbp-cookie")?.remove();
      const heading = Array.from(document.querySelectorAll("h2, h3")).find((h) => /eisen/i.test(h.textContent ?? ""));
      heading?.scrollIntoView({ block: "start" });
      window.scrollBy(0, -80);
    });
    await listing.waitForTimeout(300);
    const shots = [join(outDir, "1-listing.png"), join(outDir, "2-popup.png"), join(outDir, "3-options.png")];
    await listing.screenshot({ path: shots[0]! });

    // The popup as the toolbar shows it (its own size), laid over the listing under the toolbar.
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, kbenp.url)}`);
    await popup.waitForTimeout(1000);
    const popupPng = await popup.locator(".popup").screenshot();
    await popup.close();
    // Under the popup, the panel folded to its bar, as it starts on a site.
    await clickInPanel(listing, ".or-toggle");
    await listing.waitForTimeout(300);
    const backdrop = await listing.screenshot();
    await composite(session, backdrop, popupPng, shots[1]!);

    const options = await session.context.newPage();
    await options.setViewportSize(size);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForTimeout(800);
    await options.screenshot({ path: shots[2]! });
    return shots;
  } finally {
    await session.close();
  }
}

async function openListing(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  for (let i = 0; i < 100 && (await panelCount(page)) === 0; i++) await page.waitForTimeout(100);
  await openPanel(page);
  return page;
}

/** The popup drawn at the window's top right over the listing (dimmed), as when it is opened. */
async function composite(session: ExtensionSession, backdrop: Buffer, popup: Buffer, path: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  const png = (b: Buffer) => `data:image/png;base64,${b.toString("base64")}`;
  await page.setContent(`<!doctype html><html><body style="margin:0;width:${size.width}px;height:${size.height}px;
    overflow:hidden;background:url('${png(backdrop)}') no-repeat">
    <div style="position:absolute;inset:0;background:rgba(15,23,42,0.28)"></div>
    <img src="${png(popup)}" style="position:absolute;top:12px;right:24px;max-height:${size.height - 24}px;
      border-radius:8px;box-shadow:0 12px 32px rgba(0,0,0,0.35),0 0 0 1px rgba(0,0,0,0.12)">
  </body></html>`);
  await page.waitForTimeout(200);
  await page.screenshot({ path });
  await page.close();
}

async function main(): Promise<void> {
  for (const lang of ["nl", "en"] as const) {
    for (const shot of await shotsIn(lang)) console.log(`  ${shot}`);
  }
}

main().catch((error) => {
  console.error(`store screenshots failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
