// puppeteer-core, loaded when the Firefox tests run, with the few of its types they use. It is
// imported by name at run time (or from $PUPPETEER_CORE_PATH, a copy outside the repository), so
// the type-check and the other tests do not need it; without it the Firefox tests skip and say why.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export interface InterceptedRequest {
  url(): string;
  respond(response: { status: number; contentType?: string; body: string }): Promise<void>;
  abort(): Promise<void>;
  continue(): Promise<void>;
}

export interface Page {
  setRequestInterception(on: boolean): Promise<void>;
  on(event: "request", handler: (request: InterceptedRequest) => void): void;
  goto(url: string, options?: { waitUntil?: "load" | "domcontentloaded"; timeout?: number }): Promise<unknown>;
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  setViewport(viewport: { width: number; height: number; deviceScaleFactor?: number }): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  url(): string;
  close(): Promise<void>;
  click(selector: string): Promise<void>;
  reload(): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  browser(): Browser;
  /** The frame's WebDriver BiDi browsing context id (puppeteer's BidiFrame keeps it as `_id`). */
  mainFrame(): { _id: string };
}

/** A WebDriver BiDi command's answer, as puppeteer's connection hands it back. */
export interface BidiAnswer {
  result: Record<string, unknown>;
}

export interface Browser {
  installExtension(path: string): Promise<string>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
  version(): Promise<string>;
  /** puppeteer's WebDriver BiDi connection: commands it has no method for (closed shadow roots). */
  connection: { send(method: string, params: object): Promise<BidiAnswer> };
}

export interface LaunchOptions {
  browser: "firefox";
  protocol: "webDriverBiDi";
  executablePath: string;
  headless: boolean;
  args?: string[];
  env?: Record<string, string | undefined>;
  extraPrefsFirefox?: Record<string, unknown>;
  userDataDir?: string;
}

export interface Puppeteer {
  launch(options: LaunchOptions): Promise<Browser>;
}

/** Where puppeteer-core is: $PUPPETEER_CORE_PATH (its ESM entry), else the package, else null. */
export function puppeteerLocation(): string | null {
  if (process.env.PUPPETEER_CORE_PATH) return pathToFileURL(process.env.PUPPETEER_CORE_PATH).href;
  try {
    createRequire(import.meta.url).resolve("puppeteer-core");
    return "puppeteer-core";
  } catch {
    return null;
  }
}

export async function loadPuppeteer(): Promise<Puppeteer> {
  const location = puppeteerLocation();
  if (!location) throw new Error("puppeteer-core is not installed (npm i -D puppeteer-core)");
  // eslint-disable-next-line no-unsanitized/method -- a package name or a path from the environment, never page text
  const module = (await import(/* @vite-ignore */ location)) as { default: Puppeteer };
  return module.default;
}
