// `npm run demo`: the built extension in Chromium on the seed listings (tests/fixtures/*/seed-*,
// served at their broker addresses). With a display it opens a window and waits
// until you close it; without one (CI, a server) it runs headless and writes screenshots.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  clickInPanel,
  launchExtension,
  openPanel,
  panelCount,
  setClock,
  tabIdOf,
  type ServedPage,
} from "../tests/e2e/harness";

const fixturesDir = resolve("tests/fixtures");
const profileFile = resolve("tests/match-cases/profiles/senior-procesbegeleider.json");
const outDir = resolve("demo-screenshots");
/** The seeds' listings were live on this day; the demo build's clock is set to it. */
const demoNow = "2025-11-01T10:00:00+01:00";
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

const pages: Array<ServedPage & { name: string }> = readdirSync(fixturesDir)
  .flatMap((site) => {
    const dir = join(fixturesDir, site);
    return statSync(dir).isDirectory() ? readdirSync(dir).map((f) => join(dir, f)) : [];
  })
  .filter((path) => basename(path).startsWith("seed-") && path.endsWith(".html"))
  .map((path) => {
    const base = path.replace(/\.html$/, "");
    const meta = JSON.parse(readFileSync(`${base}.json`, "utf8")) as { url: string };
    return { name: basename(base), url: meta.url, html: readFileSync(path, "utf8") };
  });

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const session = await launchExtension({ pages, headless: !headed });
  await setClock(session, demoNow);
  const profile = JSON.parse(readFileSync(profileFile, "utf8"));
  await session.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    // Dutch, whatever language this machine's Chromium reports.
    await api.storage.local.set({ profile: value, settings: { lang: "nl" } });
  }, profile);

  for (const page of pages) {
    const tab = await session.context.newPage();
    await tab.goto(page.url);
    await tab.waitForTimeout(1500);
    // The panel is in a closed shadow root: reached through the DevTools protocol (harness.ts).
    if (await panelCount(tab)) {
      await openPanel(tab);
      // Save the Utrecht assignment at both brokers, so the popup shows "ook bij ...".
      if (page.name.includes("utrecht")) await clickInPanel(tab, "button", /^Bewaren$/);
      await clickInPanel(tab, "details summary").catch(() => {});
    }
    await tab.screenshot({ path: join(outDir, `page-${page.name}.png`) });
  }
  const kbenp = pages.find((p) => p.url.includes("kbenp.nl"))!;
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, kbenp.url)}`);
  await popup.waitForTimeout(1000);
  // The popup element alone: what the toolbar shows (the window takes the size of its content).
  await popup.locator(".popup").screenshot({ path: join(outDir, "popup.png") });
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForTimeout(800);
  await options.screenshot({ path: join(outDir, "options.png"), fullPage: true });

  if (headed) {
    console.log("Opdrachtradar demo is open. Close the browser window to end.");
    await new Promise((done) => session.context.on("close", done));
  } else {
    await session.close();
    console.log(`Demo screenshots written to ${outDir}/`);
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
