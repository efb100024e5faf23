// The worker's side of the user's site rules (issue 17) on WXT's fakeBrowser: a rule taught in a
// tab is stored for the sender's host (by the browser's word, never the message's), handed only
// to pages of that host, refused whole when its shape is off, written by the one writer next to
// stored entries that cannot be read (kept, not wiped), and a rule that finds nothing is named in
// the page state.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadSiteRules, updateSiteRules } from "../../lib/browser/site-rules";
import { handleContentMessage } from "../../entrypoints/background/page-requests";
import type { ContentToBackground, PageStateReply, SiteRulesReply } from "../../lib/protocol";
import type { MessageSenderLike } from "../../lib/protocol-schema";
import type { RuleAnchor } from "../../lib/model/site-rule";
import { readPage } from "../../lib/read/reader";
import { withoutRules } from "../../lib/rules/stored";
import { parseHtml } from "../unit/interpret/parse-html";

const pageUrl = "https://www.hoofdkraan.nl/opdracht/4411-procesbegeleider";
const senderAt = (url: string): MessageSenderLike => ({ id: fakeBrowser.runtime.id, url, tab: { id: 3 } });
const send = (message: unknown, url = pageUrl) => handleContentMessage(message, senderAt(url));

const anchor: RuleAnchor = {
  label: "laatste dag voor je cv",
  shown: "Laatste dag voor je cv",
  labelTag: "span",
  relation: "after",
  up: 1,
  path: [{ tag: "span", role: null }],
};
const save: ContentToBackground = { type: "save-site-rule", field: "deadline", anchor, sample: "12 dec 2025" };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2025-11-20T09:00:00Z"));
  vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("nl-NL");
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("site rules in the worker", () => {
  it("stores a taught rule for the sender's host, with the worker's moment, and hands it only to that host", async () => {
    await send(save);
    const { rules } = await loadSiteRules();
    expect(rules).toEqual([
      {
        host: "www.hoofdkraan.nl",
        field: "deadline",
        anchor,
        sample: "12 dec 2025",
        createdAt: "2025-11-20T09:00:00.000Z",
      },
    ]);
    expect(((await send({ type: "site-rules" })) as SiteRulesReply).rules).toEqual([{ field: "deadline", anchor }]);
    const other = (await send({ type: "site-rules" }, "https://opdrachten.example.com/opdracht/1")) as SiteRulesReply;
    expect(other.rules).toEqual([]);
  });

  it("refuses a rule naming a host, with a class in a tag, or with a label too long; stores nothing", async () => {
    await expect(send({ ...save, host: "www.kbenp.nl" })).rejects.toThrow(/does not validate/);
    await expect(send({ ...save, anchor: { ...anchor, labelTag: "span.k" } })).rejects.toThrow(/does not validate/);
    await expect(send({ ...save, anchor: { ...anchor, label: "x".repeat(81) } })).rejects.toThrow(/does not validate/);
    await expect(handleContentMessage(save, { id: "another-extension", url: pageUrl, tab: { id: 3 } })).rejects.toThrow(
      /another extension/,
    );
    expect((await loadSiteRules()).rules).toEqual([]);
  });

  it("keeps a stored entry it cannot read beside the rules it writes", async () => {
    const broken = { host: "www.hoofdkraan.nl", field: "salary" };
    await fakeBrowser.storage.local.set({ siteRules: [broken] });
    await send(save);
    const stored = (await fakeBrowser.storage.local.get("siteRules")).siteRules as unknown[];
    expect(stored).toHaveLength(2);
    expect(stored[1]).toEqual(broken);
    const read = await loadSiteRules();
    expect(read.rules.map((r) => r.field)).toEqual(["deadline"]);
    expect(read.problems).toHaveLength(1);
    await updateSiteRules((rules) => withoutRules(rules, "www.hoofdkraan.nl"));
    expect((await fakeBrowser.storage.local.get("siteRules")).siteRules).toEqual([broken]);
  });

  it("names the rules that found nothing in the page state", async () => {
    const doc = parseHtml(`<!doctype html><html lang="nl"><body><h1>Teamcoach</h1>
      <div><span>Uren</span><span>32 uur per week</span></div>
      <p>Wat wij vragen</p><ul><li>Minimaal 2 jaar ervaring als teamcoach</li><li>Afgeronde hbo-opleiding</li></ul>
      <p><a href="/reageren">Reageer op deze opdracht</a></p></body></html>`);
    const { reading } = readPage(doc, pageUrl, { skipFirstStage: true, rules: [{ field: "deadline", anchor }] });
    const reply = (await send({ type: "page-state", reading })) as PageStateReply;
    expect(reply.listing.isListing).toBe(true);
    expect(reply.ruleMisses).toEqual(["deadline"]);
    const plain = readPage(doc, pageUrl, { skipFirstStage: true }).reading;
    expect(((await send({ type: "page-state", reading: plain })) as PageStateReply).ruleMisses).toBeUndefined();
  });
});
