// Loads the built extension into Debian's Firefox ESR, headless, driven over WebDriver BiDi by
// puppeteer-core, and serves saved pages at their real broker addresses (request interception),
// as tests/e2e/harness.ts does for Chromium.
//
// Firefox's ways differ from Chromium's in four places:
// - the add-on is installed as a temporary add-on through BiDi's webExtension.install;
// - its moz-extension:// address is random per profile unless the `extensions.webextensions.uuids`
//   pref names it, which the harness sets before the install;
// - BiDi refuses to open moz-extension:// pages unless Firefox runs with
//   --remote-allow-system-access (browsingContext.navigate: "not allowed in this context");
// - the background is an event page, not a service worker: the tests reach it from an extension
//   page with runtime.getBackgroundPage().
// Firefox grants an MV3 add-on's host permissions at install (they can be revoked later, which
// tests/firefox/site-access.test.ts covers); `extensions.webextOptionalPermissionPrompts` off
// makes permissions.request answer without a prompt a test could not click.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ServedPage } from "../e2e/harness";
import { loadPuppeteer, puppeteerLocation, type Browser, type Page } from "./puppeteer";

export const firefoxPath = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const firefoxBuilds = {
  e2e: resolve(".output/firefox-mv3-e2e"),
  production: resolve(".output/firefox-mv3"),
} as const;
export const geckoId = "opdrachtradar@opdrachtradar.nl";
/** The add-on's moz-extension:// host in the test profile (any fixed UUID will do). */
export const extensionUuid = "0d7f3a52-6c1e-4b8f-9a3d-5e2c1b0a9f86";

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxSkipReason(build: keyof typeof firefoxBuilds = "e2e"): string | null {
  if (!existsSync(firefoxPath)) return `Firefox ESR not at ${firefoxPath} (apt-get install firefox-esr)`;
  if (!puppeteerLocation()) return "puppeteer-core is not installed";
  if (!existsSync(join(firefoxBuilds[build], "manifest.json")))
    return `no build at ${firefoxBuilds[build]} (npm run build:e2e:firefox)`;
  return null;
}

export interface FirefoxSession {
  browser: Browser;
  /** A tab on the options page: the extension's API is at hand there (storage, action, background). */
  extensionPage: Page;
  /** Requests the pages did not ask for in their HTML: anything the extension itself sent. */
  unexpectedRequests: string[];
  /** A new tab whose requests are answered from the served pages. */
  newPage(): Promise<Page>;
  /** The address of one of the extension's pages ("popup.html"). */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(
  options: { pages?: ServedPage[]; build?: keyof typeof firefoxBuilds; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const puppeteer = await loadPuppeteer();
  const profile = mkdtempSync(join(tmpdir(), "opdrachtradar-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
    args: ["--remote-allow-system-access"],
    env: { ...process.env, TZ: "Europe/Amsterdam", MOZ_CRASHREPORTER_DISABLE: "1" },
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: extensionUuid }),
      "extensions.webextOptionalPermissionPrompts": false,
      "intl.accept_languages": "nl-NL, nl",
      ...options.prefs,
    },
  });
  const unexpectedRequests: string[] = [];
  const pages = options.pages ?? [];
  const byUrl = new Map(pages.map((p) => [stripHash(p.url), p.html]));
  const pageHtml = pages.map((p) => p.html).join("\n");
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => void answer(request.url(), request));
    return page;
  };
  const answer = async (url: string, request: Parameters<Parameters<Page["on"]>[1]>[0]) => {
    if (!/^https?:/.test(url)) return request.continue();
    const html = byUrl.get(stripHash(url));
    if (html !== undefined)
      return request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    if (namedInPage(url, pageHtml)) return request.respond({ status: 404, body: "" });
    unexpectedRequests.push(url);
    return request.abort();
  };
  try {
    await browser.installExtension(firefoxBuilds[options.build ?? "e2e"]);
    const extensionUrl = (path: string) => `moz-extension://${extensionUuid}/${path}`;
    const extensionPage = await openExtensionPage(await newPage(), extensionUrl("options.html"));
    return {
      browser,
      extensionPage,
      unexpectedRequests,
      newPage,
      extensionUrl,
      async close() {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Opens an extension page in `page`. Firefox does not report a moz-extension page's navigation
 * to BiDi as it does a web page's (puppeteer's goto waits out its time and page.url() stays
 * about:blank), so the navigation is sent without waiting and the page is awaited by its own
 * state: its address, the document complete and the app's root filled.
 */
export async function openExtensionPage(page: Page, url: string): Promise<Page> {
  await page
    .browser()
    .connection.send("browsingContext.navigate", { context: page.mainFrame()._id, url, wait: "none" });
  const until = Date.now() + 15000;
  for (;;) {
    const ready = await page
      .evaluate(
        (u) =>
          location.href === u &&
          document.readyState === "complete" &&
          (document.getElementById("app")?.childElementCount ?? 0) > 0,
        url,
      )
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > until) throw new Error(`${url} did not load`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function stripHash(url: string): string {
  return url.split("#")[0]!;
}

function namedInPage(url: string, html: string): boolean {
  const u = new URL(url);
  return html.includes(u.pathname) || html.includes(u.host);
}

/**
 * Sets the e2e build's clock (lib/browser/clock.ts) so the extension believes it is `iso` now;
 * time runs on from there.
 */
export async function setClock(session: FirefoxSession, iso: string): Promise<void> {
  await writeStorage(session, { e2eClockOffsetMs: Date.parse(iso) - Date.now() });
}

export async function writeStorage(session: FirefoxSession, values: Record<string, unknown>): Promise<void> {
  await session.extensionPage.evaluate(async (v) => {
    await (globalThis as unknown as { browser: Api }).browser.storage.local.set(v);
  }, values);
}

export async function readStorage(session: FirefoxSession, key: string): Promise<unknown> {
  return session.extensionPage.evaluate(
    async (k) => (await (globalThis as unknown as { browser: Api }).browser.storage.local.get(k))[k],
    key,
  );
}

/** The e2e build's test hook in the background page: one sync (an alarm firing does the same). */
export async function runSync(session: FirefoxSession): Promise<void> {
  await session.extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as { opdrachtradarSync(): Promise<void> };
    await background.opdrachtradarSync();
  });
}

export function badgeText(session: FirefoxSession): Promise<string> {
  return session.extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: Api }).browser.action.getBadgeText({}),
  );
}

/**
 * The ids of the notifications the extension shows from now on, in order. Headless Firefox has no
 * place to show one: it is created and closed at once, so each is seen by its onShown or its
 * onClosed event (both reach every extension page), not by notifications.getAll().
 */
export async function watchNotifications(session: FirefoxSession): Promise<() => Promise<string[]>> {
  await session.extensionPage.evaluate(() => {
    const scope = globalThis as unknown as { browser: Api; notificationsSeen: string[] };
    scope.notificationsSeen = [];
    const seen = (id: string) => {
      if (!scope.notificationsSeen.includes(id)) scope.notificationsSeen.push(id);
    };
    scope.browser.notifications.onShown.addListener(seen);
    scope.browser.notifications.onClosed.addListener(seen);
  });
  return () =>
    session.extensionPage.evaluate(() => (globalThis as unknown as { notificationsSeen: string[] }).notificationsSeen);
}

/** The WebExtension API as the tests call it in an extension page (Firefox's `browser`). */
export interface Api {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  runtime: { getBackgroundPage(): Promise<Window> };
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { onShown: ApiEvent<[string]>; onClosed: ApiEvent<[string, boolean]> };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
}

interface ApiEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => void): void;
}
