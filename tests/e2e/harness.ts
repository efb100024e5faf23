// Loads the built extension into Debian's Chromium and serves saved pages at their real
// broker addresses, so the content script injects exactly as it would on the live site.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { fixturesDir } from "../shared-folder";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * The browser tests load the e2e build (`npm run build:e2e`): the production code plus a clock
 * offset the tests can set (lib/browser/clock.ts). `production` loads the shipped build.
 */
export const buildDirs = {
  /** OPDRACHTRADAR_BUILD_DIR loads another copy of the e2e build (the bench uses it while .output is rebuilt). */
  e2e: resolve(process.env.OPDRACHTRADAR_BUILD_DIR ?? ".output/chrome-mv3-e2e"),
  production: resolve(".output/chrome-mv3"),
} as const;

/** Flags for a machine with no network (the bench's Chromium without the extension uses them too). */
export const offlineChromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=nl",
];

/** Playwright adds --disable-extensions unless told otherwise. */
function chromiumArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...offlineChromiumFlags];
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

/** The extension's in-page UI, as the test sees it: the panel's and the marks' closed shadow roots. */
export interface UiRoots {
  panel: ShadowRoot | null;
  marks: ShadowRoot[];
}

/**
 * Runs `fn` in the page with the extension's closed shadow roots in hand. The panel and the marks
 * live in closed roots that no page script (and no Playwright locator) can reach; the DevTools
 * protocol can: `DOM.getDocument` with `pierce` lists closed roots too. `fn` is serialised, so it
 * may use only its arguments; what it returns comes back as JSON.
 */
export async function inUi<T, A = undefined>(page: Page, fn: (ui: UiRoots, arg: A) => T, arg?: A): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
    const closed: number[] = []; // the shadow roots, open or closed
    const walk = (n: CdpNode) => {
      for (const r of n.shadowRoots ?? []) {
        // Open ones too, so a test run against open roots fails on what the page read, not here.
        if (r.shadowRootType !== "user-agent") closed.push(r.nodeId);
        walk(r);
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    const ids: string[] = [];
    for (const nodeId of [root.nodeId, ...closed]) {
      const { object } = await cdp.send("DOM.resolveNode", { nodeId });
      ids.push(object.objectId!);
    }
    const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
      objectId: ids[0],
      functionDeclaration: `function (arg, ...roots) {
        const panel = roots.find((r) => r.host.localName === "opdrachtradar-panel") ?? null;
        const marks = roots.filter((r) => r.querySelector(".mark[data-kind]"));
        return (${fn.toString()})({ panel, marks }, arg);
      }`,
      arguments: [{ value: arg ?? null }, ...ids.slice(1).map((objectId) => ({ objectId }))],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`inUi: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface CdpNode {
  nodeId: number;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

/** The text of the first element matching `selector` in the panel, or null (no panel, no such element). */
export function panelText(page: Page, selector: string): Promise<string | null> {
  return inUi(
    page,
    (ui, s) => (ui.panel?.querySelector(s) as HTMLElement | null | undefined)?.innerText ?? null,
    selector,
  );
}

/** How many elements match `selector` in the panel (0 when there is no panel). */
export function panelCount(page: Page, selector = "section.or-panel"): Promise<number> {
  return inUi(page, (ui, s) => ui.panel?.querySelectorAll(s).length ?? 0, selector);
}

/** What each mark in the page shows, and the text of the element it sits in. */
export function marksOf(
  page: Page,
  kind?: "requirement" | "deadline",
): Promise<Array<{ kind: string; level: string; label: string; text: string; beside: string }>> {
  return inUi(
    page,
    (ui, k) =>
      ui.marks
        .map((r) => ({ r, badge: r.querySelector(".mark") as HTMLElement }))
        .filter(({ badge }) => !k || badge.dataset.kind === k)
        .map(({ r, badge }) => ({
          kind: badge.dataset.kind ?? "",
          level: badge.className.replace("mark ", ""),
          label: badge.getAttribute("aria-label") ?? "",
          text: badge.innerText,
          beside: r.host.parentElement?.textContent ?? "",
        })),
    kind ?? null,
  );
}

/**
 * Opens the panel as the user does, by a click on its bar (it starts compact on a site: the
 * countdown and the eisen in one bar), once it is there; an open panel is left as it is.
 */
export async function openPanel(page: Page, timeout = 10000): Promise<void> {
  const until = Date.now() + timeout;
  const wait = async (selector: string) => {
    while ((await panelCount(page, selector)) === 0) {
      if (Date.now() > until) throw new Error(`openPanel: no ${selector} in the panel`);
      await page.waitForTimeout(100);
    }
  };
  await wait("section.or-panel .or-toggle");
  if ((await panelCount(page, "section.or-open")) === 0) await clickInPanel(page, ".or-toggle");
  await wait("section.or-open .or-body");
}

/**
 * Clicks, as the user does (a trusted click at the element's place on the screen), the first
 * element in the panel matching `selector` whose text or aria-label matches `name`.
 */
export async function clickInPanel(page: Page, selector: string, name?: RegExp): Promise<void> {
  const at = await inUi(
    page,
    (ui, [s, source, flags]) => {
      const re = source === null ? null : new RegExp(source, flags);
      const el = Array.from(ui.panel?.querySelectorAll<HTMLElement>(s) ?? []).find(
        (e) => !re || re.test(e.getAttribute("aria-label") ?? "") || re.test(e.innerText),
      );
      if (!el) return null;
      el.scrollIntoView({ block: "center" });
      const box = el.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [selector, name?.source ?? null, name?.flags ?? ""] as [string, string | null, string],
  );
  if (!at) throw new Error(`no ${selector}${name ? ` named ${name}` : ""} in the panel`);
  await page.mouse.click(at.x, at.y);
}
