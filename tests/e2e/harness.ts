// Loads the built extension into Debian's Chromium and serves saved pages at their real
// broker addresses, so the content script injects exactly as it would on the live site.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { fixturesDir } from "../shared-folder";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * The browser tests load the e2e build (`npm run build:e2e`): the production code plus a clock
 * offset the tests can set (lib/browser/clock.ts). `production` loads the shipped build.
 */
export const buildDirs = {
  e2e: resolve(".output/chrome-mv3-e2e"),
  production: resolve(".output/chrome-mv3"),
} as const;

/** Flags for a machine with no network; Playwright adds --disable-extensions unless told otherwise. */
function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--lang=nl",
  ];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Requests the pages did not ask for in their HTML: anything the extension itself sent. */
  unexpectedRequests: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface ServedPage {
  url: string;
  html: string;
}

export async function launchExtension(
  options: { userDataDir?: string; headless?: boolean; pages?: ServedPage[]; build?: keyof typeof buildDirs } = {},
): Promise<ExtensionSession> {
  const extensionDir = buildDirs[options.build ?? "e2e"];
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build && npm run build:e2e\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "opdrachtradar-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const unexpectedRequests: string[] = [];
  await servePages(context, options.pages ?? [], unexpectedRequests);
  // The worker usually exists before launchPersistentContext returns.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    unexpectedRequests,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every http(s) request is answered locally: a served page by its HTML, a resource the page's
 * own HTML names by an empty 404 (the machine has no network), anything else is recorded as
 * unexpected (it can only come from the extension) and aborted.
 */
async function servePages(context: BrowserContext, pages: ServedPage[], unexpected: string[]): Promise<void> {
  const byUrl = new Map(pages.map((p) => [stripHash(p.url), p.html]));
  const pageHtml = pages.map((p) => p.html).join("\n");
  await context.route(/^https?:\/\//, async (route) => {
    const url = stripHash(route.request().url());
    const html = byUrl.get(url);
    if (html !== undefined) {
      await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    } else if (namedInPage(url, pageHtml)) {
      await route.fulfill({ status: 404, body: "" });
    } else {
      unexpected.push(url);
      await route.abort();
    }
  });
}

function stripHash(url: string): string {
  return url.split("#")[0]!;
}

function namedInPage(url: string, html: string): boolean {
  const u = new URL(url);
  return html.includes(u.pathname) || html.includes(u.host);
}

export interface FixtureCase {
  name: string;
  url: string;
  now: string;
  html: string;
  expect: Record<string, unknown>;
}

/** A case from the repo's fixtures by its path under tests/fixtures, without extension ("kbenp/seed-kbenp-utrecht"). */
export function fixtureCase(id: string): FixtureCase {
  const base = join(fixturesDir, id);
  const truth = JSON.parse(readFileSync(`${base}.json`, "utf8"));
  return {
    name: id.split("/").pop()!,
    url: truth.url,
    now: truth.now,
    expect: truth.expect,
    html: readFileSync(`${base}.html`, "utf8"),
  };
}

/** A seed case by its name ("seed-kbenp-utrecht"): tests/fixtures/<site>/<name>. */
export function seedFixture(name: string): FixtureCase {
  return fixtureCase(`${name.split("-")[1]}/${name}`);
}

/** The browser's tab id of an open page, asked of the extension's service worker. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(async (u) => {
    // Runs inside the extension's service worker, where `chrome` is the extension API.
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ url?: string; id?: number }>> } } }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Sets the e2e build's clock (lib/browser/clock.ts) so the extension believes it is `iso`
 * now; time runs on from there.
 */
export async function setClock(session: ExtensionSession, iso: string): Promise<void> {
  const offset = Date.parse(iso) - Date.now();
  await session.worker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ e2eClockOffsetMs: value });
  }, offset);
}
