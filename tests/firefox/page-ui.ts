// The extension's in-page UI in Firefox, as the test sees it: the panel's and the marks' closed
// shadow roots. No page script can reach a closed root; WebDriver BiDi can: a node serialised
// with `includeShadowTree: "all"` carries its shadow root, closed ones too, as a shared reference
// that a later script.callFunction takes as an argument (the counterpart of the DevTools
// protocol's `pierce` in tests/e2e/harness.ts).
import type { UiRoots } from "../e2e/harness";
import { sleep } from "./harness";
import type { Page } from "./puppeteer";

interface SerialisedNode {
  type: string;
  value?: { localName?: string; shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null };
}

/** Runs `fn` in the page with the closed roots in hand; `fn` is serialised and its answer comes back as JSON. */
export async function inUi<T, A = undefined>(page: Page, fn: (ui: UiRoots, arg: A) => T, arg?: A): Promise<T> {
  const connection = page.browser().connection;
  const context = page.mainFrame()._id;
  // The candidates: the panel's host, and the marks' hosts (empty spans; the page may have its own).
  const hosts = await connection.send("script.callFunction", {
    functionDeclaration: `() => [document.querySelector("opdrachtradar-panel"), ...document.querySelectorAll("span:empty")].filter(Boolean)`,
    awaitPromise: false,
    target: { context },
    serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
    resultOwnership: "none",
  });
  const found = (hosts.result as { result: { value?: SerialisedNode[] } }).result.value ?? [];
  const roots = found
    .map((node) => node.value?.shadowRoot?.sharedId)
    .filter((id): id is string => typeof id === "string");
  const answer = await connection.send("script.callFunction", {
    functionDeclaration: `async function (arg, ...roots) {
      const panel = roots.find((r) => r.host.localName === "opdrachtradar-panel") ?? null;
      const marks = roots.filter((r) => r.querySelector(".mark[data-kind]"));
      const value = await (${fn.toString()})({ panel, marks }, JSON.parse(arg));
      return JSON.stringify(value === undefined ? null : value);
    }`,
    awaitPromise: true,
    target: { context },
    arguments: [{ type: "string", value: JSON.stringify(arg ?? null) }, ...roots.map((sharedId) => ({ sharedId }))],
    resultOwnership: "none",
  });
  const result = answer.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (result.type !== "success") throw new Error(`inUi: ${result.exceptionDetails?.text ?? "failed"}`);
  return JSON.parse(result.result?.value ?? "null") as T;
}

/** How many elements match `selector` in the panel (0 when there is no panel). */
export function panelCount(page: Page, selector = "section.or-panel"): Promise<number> {
  return inUi(page, (ui, s) => ui.panel?.querySelectorAll(s).length ?? 0, selector);
}

/** The text of the first element matching `selector` in the panel, or null. */
export function panelText(page: Page, selector: string): Promise<string | null> {
  return inUi(
    page,
    (ui, s) => (ui.panel?.querySelector(s) as HTMLElement | null | undefined)?.innerText ?? null,
    selector,
  );
}

/** What the marks in the page show: their kind and level. */
export function markLevels(page: Page): Promise<Array<{ kind: string; level: string }>> {
  return inUi(page, (ui) =>
    ui.marks.map((r) => {
      const badge = r.querySelector(".mark") as HTMLElement;
      return { kind: badge.dataset.kind ?? "", level: badge.className.replace("mark ", "") };
    }),
  );
}

/**
 * Clicks as the user does (a trusted click at the element's place on the screen, through BiDi's
 * input.performActions) the first element in the panel matching `selector` whose text or
 * aria-label matches `name`.
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
      return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    },
    [selector, name?.source ?? null, name?.flags ?? ""] as [string, string | null, string],
  );
  if (!at) throw new Error(`no ${selector}${name ? ` named ${name}` : ""} in the panel`);
  await page.mouse.click(at.x, at.y);
}

/** Opens the panel by a click on its bar once it is there (it starts compact on a broker site). */
export async function openPanel(page: Page, timeout = 10000): Promise<void> {
  const until = Date.now() + timeout;
  const wait = async (selector: string) => {
    while ((await panelCount(page, selector)) === 0) {
      if (Date.now() > until) throw new Error(`openPanel: no ${selector} in the panel`);
      await sleep(100);
    }
  };
  await wait("section.or-panel .or-toggle");
  if ((await panelCount(page, "section.or-open")) === 0) await clickInPanel(page, ".or-toggle");
  await wait("section.or-open .or-body");
}
