// "Reactie voorbereiden" from the in-page panel: the worker's answer to `open-response`
// (entrypoints/background/page-requests.ts) on WXT's fakeBrowser. The listing must be the
// sender's page's and saved; then the response page opens in a tab beside the sender's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { handleContentMessage } from "../../entrypoints/background/page-requests";
import { openResponsePage } from "../../lib/browser/open-response";
import { readPage } from "../../lib/read/reader";
import { listingKey } from "../../lib/model/listing-key";
import type { Listing } from "../../lib/model/listing";
import type { PageStateReply } from "../../lib/protocol";
import { keyFromSearch } from "../../lib/response/page-address";
import { parseHtml } from "../unit/interpret/parse-html";
import { fixturesDir } from "../shared-folder";

const pageUrl =
  "https://www.kbenp.nl/opdrachten/procesbegeleider-leiderschap-ontwikkeling-concerndirectie-gemeente-utrecht/";
const reading = readPage(
  parseHtml(readFileSync(join(fixturesDir, "kbenp/seed-kbenp-utrecht.html"), "utf8")),
  pageUrl,
).reading;
const sender = (url = pageUrl) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7 } });

let listing: Listing;
/** The spy on tabs.create: the tabs the worker opened. */
let created: { mock: { calls: unknown[][] } };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("nl-NL");
  created = vi.spyOn(fakeBrowser.tabs, "create").mockResolvedValue({ id: 8 } as never) as unknown as typeof created;
  listing = ((await handleContentMessage({ type: "page-state", reading }, sender())) as PageStateReply).listing;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The listing key in the address of the tab the worker opened. */
function openedKey(): string | null {
  const url = new URL((created.mock.calls[0]?.[0] as { url: string }).url);
  expect(url.pathname).toBe("/response.html");
  return keyFromSearch(url.search);
}

describe("open-response", () => {
  it("opens the response page for the sender's saved listing, beside the sender's tab", async () => {
    await handleContentMessage({ type: "toggle-saved", listing }, sender());
    await handleContentMessage({ type: "open-response", listing }, sender());
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]?.[0]).toMatchObject({ openerTabId: 7 });
    expect(openedKey()).toBe(listingKey(listing));
  });

  it("refuses a listing that is not saved, or not on the sender's page", async () => {
    await expect(handleContentMessage({ type: "open-response", listing }, sender())).rejects.toThrow(/not saved/);
    await handleContentMessage({ type: "toggle-saved", listing }, sender());
    await expect(
      handleContentMessage({ type: "open-response", listing }, sender("https://evil.example/opdracht")),
    ).rejects.toThrow(/not on the sender's page/);
    await expect(
      handleContentMessage({ type: "open-response", listing, key: "https://kbenp.nl/x" }, sender()),
    ).rejects.toThrow(/does not validate/);
    expect(created).not.toHaveBeenCalled();
  });

  it("the popup's way in takes only a listing key", async () => {
    await expect(openResponsePage("javascript:alert(1)")).rejects.toThrow(/no listing key/);
    await openResponsePage(listingKey(listing));
    expect(openedKey()).toBe(listingKey(listing));
  });
});
