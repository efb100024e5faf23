// Serves the bench's pages at their addresses, the same way in both browsers: a served page by
// its HTML, anything else (the pages' images, scripts, styles) by an empty 404. One map lookup
// per request, so a big page's hundreds of requests cost little in either browser.
import { chromium, type BrowserContext } from "playwright-core";
import { chromiumPath, offlineChromiumFlags, type ServedPage } from "../../tests/e2e/harness";

/** Routes added later win: in the extension's context this takes over from the harness's routes. */
export async function servePages(context: BrowserContext, pages: ServedPage[]): Promise<void> {
  const byUrl = new Map(pages.map((p) => [p.url.split("#")[0]!, p.html]));
  await context.route(/^https?:\/\//, async (route) => {
    const html = byUrl.get(route.request().url().split("#")[0]!);
    if (html !== undefined) await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    else await route.fulfill({ status: 404, body: "" });
  });
}

/** A Chromium without the extension (harness.ts's flags and settings, less the extension's), serving the same pages. */
export async function plainBrowser(pages: ServedPage[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: offlineChromiumFlags,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  // tsx names functions with an `__name` helper; functions sent to the page need it too.
  await context.addInitScript("globalThis.__name = (f) => f");
  await servePages(context, pages);
  return { context, close: () => browser.close() };
}
