// The page is hostile (DESIGN.md, practice 9; issue 13). A listing page whose own script waits
// for the extension to draw, then reads every element and open shadow root it can reach and
// clicks, presses Enter and Space on everything it finds, the panel's and marks' hosts included.
// With a profile whose values stand nowhere on the page, it must find none of them, and its
// clicks must change nothing: storage is the same before and after, the panel still shows.
// Run against both builds: the shipped one (real clock: the listing shows as closed) and the
// browser-test one (clock at the page's day: the listing is open, its save button live).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page, Worker } from "playwright-core";
import { profilesDir } from "../shared-folder";
import {
  inUi,
  launchExtension,
  panelCount,
  seedFixture,
  setClock,
  type ExtensionSession,
  type buildDirs,
} from "./harness";

const fixture = seedFixture("seed-kbenp-utrecht");
const host = new URL(fixture.url).hostname;

/** The user's values, chosen to stand nowhere on the page: 137 an hour, 23 to 31 hours, from 9 December. */
const profile = {
  ...JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8")),
  minRate: { amount: 137, per: "hour" },
  hoursPerWeek: { min: 23, max: 31 },
  availableFrom: "2025-12-09",
};
/**
 * How the panel and marks quote them (asserted below: the extension does show them), and the
 * profile's 17 years as procesbegeleider, quoted by a requirement's reason.
 */
const secrets = ["137", "23–31", "9 dec 2025", "17 jaar"];

/**
 * The page's own script, in the page's world. It sets the old "switched off" marker on <html>
 * at once, then waits for the extension to draw and for the test's go (so storage can be read
 * first), then reads and clicks all it can reach and writes its loot into #loot.
 */
function hostileScript() {
  document.documentElement.setAttribute("data-opdrachtradar", "active");
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  // Keep the page's own links and forms from navigating away while it clicks everything.
  document.addEventListener("click", (e) => {
    if ((e.target as Element).closest?.("a")) e.preventDefault();
  });
  document.addEventListener("submit", (e) => e.preventDefault());

  const reachable = (): Element[] => {
    const out: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll("*"))) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  };

  void (async () => {
    const w = window as unknown as { attackNow?: boolean };
    while (!document.querySelector("opdrachtradar-panel") || !w.attackNow) await sleep(100);
    const loot: string[] = [];
    let shadowRoots = 0;
    for (const el of reachable()) {
      for (const a of Array.from(el.attributes)) loot.push(`${el.localName} ${a.name}=${a.value}`);
      if (el.shadowRoot) {
        shadowRoots++;
        loot.push(el.shadowRoot.textContent ?? "");
      }
      if (!el.firstElementChild) loot.push(el.textContent ?? "");
    }
    loot.push(document.documentElement.outerHTML, document.documentElement.innerText);
    // Selection reaches into closed roots in Chromium: find a word the panel shows, then
    // extend the selection over the lines after it. (Defeated by user-select: none.)
    for (const word of ["Tarief", "Uren", "Periode", "Niet voldaan", "Onbekend", "Voldaan"]) {
      const s = getSelection()!;
      s.removeAllRanges();
      if (!(window as unknown as { find(s: string): boolean }).find(word)) continue;
      for (let i = 0; i < 8; i++) s.modify("extend", "forward", "line");
      loot.push(`selection after ${word}: ${s.toString()}`);
    }
    getSelection()!.removeAllRanges();
    let clicked = 0;
    for (const el of reachable()) {
      if (el === document.documentElement || el === document.body || el.id === "loot") continue;
      const h = el as HTMLElement;
      h.click?.();
      h.focus?.();
      for (const key of ["Enter", " "]) {
        for (const type of ["keydown", "keypress", "keyup"])
          h.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
      }
      h.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
      clicked++;
    }
    const out = document.createElement("pre");
    out.id = "loot";
    out.hidden = true;
    out.textContent = JSON.stringify({ loot, shadowRoots, clicked });
    document.body.append(out);
  })();
}

function withHostileScript(html: string): string {
  const script = `<script>(${hostileScript.toString()})();</script>`;
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${script}</head>`) : script + html;
}

async function storageOf(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome;
    return (await api.storage.local.get(null)) as Record<string, unknown>;
  });
}

/** Everything the panel and the marks show or say, read through the DevTools protocol. */
function uiText(page: Page): Promise<string> {
  return inUi(page, (ui) =>
    [ui.panel, ...ui.marks]
      .flatMap((r) => (r ? Array.from(r.querySelectorAll("*")) : []))
      .flatMap((el) => [el.textContent ?? "", ...Array.from(el.attributes).map((a) => a.value)])
      .join("\n"),
  );
}

for (const build of ["production", "e2e"] as Array<keyof typeof buildDirs>) {
  describe(`a hostile listing page (${build} build)`, () => {
    let session: ExtensionSession;
    let page: Page;
    let before: Record<string, unknown>;
    let loot: { loot: string[]; shadowRoots: number; clicked: number };

    beforeAll(async () => {
      session = await launchExtension({ build, pages: [{ url: fixture.url, html: withHostileScript(fixture.html) }] });
      await session.worker.evaluate(
        async (v) => {
          const api = (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } })
            .chrome;
          // The panel open on the site (it starts compact): all it shows is in the page, for the page to try.
          await api.storage.local.set({
            profile: v.profile,
            settings: { lang: "nl", panelSites: { [v.host]: { open: true } } },
          });
        },
        { profile, host },
      );
      if (build === "e2e") await setClock(session, fixture.now);
      page = await session.context.newPage();
      await page.goto(fixture.url);
      for (let i = 0; i < 100 && (await panelCount(page)) === 0; i++) await page.waitForTimeout(100);
      // The marks are drawn with the panel; give a storage round trip time to settle.
      await page.waitForTimeout(1000);
      before = await storageOf(session.worker);
      await page.evaluate(() => ((window as unknown as { attackNow: boolean }).attackNow = true));
      await page.locator("#loot").waitFor({ state: "attached", timeout: 30000 });
      loot = JSON.parse((await page.locator("#loot").textContent()) ?? "{}");
      // Any message the clicks sent has reached the worker and storage by now.
      await page.waitForTimeout(1500);
    });
    afterAll(async () => {
      await session?.close();
    });

    it("shows the user's values in its own UI, and nowhere on the page", async () => {
      const shown = await uiText(page);
      for (const s of secrets) {
        expect(fixture.html, `"${s}" is not on the page`).not.toContain(s);
        expect(shown, `the extension shows "${s}"`).toContain(s);
      }
      expect(loot.clicked).toBeGreaterThan(100);
      const found = loot.loot.join("\n");
      for (const s of secrets) expect(found, `the page read "${s}"`).not.toContain(s);
      // Its marks are there, and still closed to it.
      expect(loot.shadowRoots).toBe(0);
    });

    it("changes nothing by clicking: same storage, panel still shown and open, in its place, site still on", async () => {
      expect(await storageOf(session.worker)).toEqual(before);
      expect(await panelCount(page)).toBe(1);
      expect(await panelCount(page, "section.or-open.or-bottom-right")).toBe(1);
      expect(await panelCount(page, ".or-undo")).toBe(0);
      expect((before.settings as { disabledSites?: string[] }).disabledSites ?? []).not.toContain(host);
    });

    it("ignores synthetic events even from a script holding the panel's own buttons", async () => {
      // The second wall, should a page ever get past the closed root: every button, summary and
      // mark, clicked by script and sent Enter and Space, does nothing (panel-host.ts, GUARDED).
      const fired = await inUi(page, (ui) => {
        const els = [ui.panel, ...ui.marks].flatMap((r) =>
          r ? Array.from(r.querySelectorAll<HTMLElement>("button, summary, [tabindex]")) : [],
        );
        for (const el of els) {
          el.click();
          // Escape too: a page cannot fold the panel or dismiss a mark's reason.
          for (const key of ["Enter", " ", "Escape"])
            for (const type of ["keydown", "keyup"])
              el.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
        }
        return els.length;
      });
      expect(fired).toBeGreaterThan(5);
      await page.waitForTimeout(1500);
      expect(await storageOf(session.worker)).toEqual(before);
      expect(await panelCount(page, "details[open]")).toBe(0);
      expect(await panelCount(page, "section.or-open")).toBe(1);
      expect(await panelCount(page)).toBe(1);
    });

    // Known gap of the closed-root design (see panel.css): Chromium's window.find() still finds
    // text inside closed shadow roots, so a page can test guesses ("137"?) against what the panel
    // shows. Only an extension-origin iframe closes this; the test flips when that lands.
    it.fails("cannot test guesses against the panel's text with window.find()", async () => {
      const hits = await page.evaluate(
        (values) =>
          values.filter((v) => {
            getSelection()!.removeAllRanges();
            return (window as unknown as { find(s: string): boolean }).find(v);
          }),
        secrets,
      );
      expect(hits).toEqual([]);
    });
  });
}
