// What the panel's browser tests share: its place on the screen, the stored settings, where the
// keyboard's focus is, and axe-core on the panel and the marks. The panel and the marks live in
// closed shadow roots (harness.ts, inUi): axe cannot walk into those, so the check runs on a copy
// of them in open shadow roots, standing where the originals stood (hidden meanwhile).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { inUi, type ExtensionSession } from "./harness";

/** The panel's box on the screen and the window's size (without scrollbars). */
export function panelBox(page: Page): Promise<{
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
  vw: number;
  vh: number;
}> {
  return inUi(page, (ui) => {
    const box = ui.panel!.querySelector(".or-panel")!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      left: Math.round(box.left),
      right: Math.round(box.right),
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      width: Math.round(box.width),
      height: Math.round(box.height),
      vw: root.clientWidth,
      vh: root.clientHeight,
    };
  });
}

type StoredSettings = Record<string, unknown> & {
  disabledSites?: string[];
  panelSites?: Record<string, { open: boolean; corner: string }>;
};

export async function readSettings(session: ExtensionSession): Promise<StoredSettings> {
  return session.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return ((await api.storage.local.get("settings")).settings ?? {}) as StoredSettings;
  });
}

/** The stored settings with these fields changed. */
export async function writeSettings(session: ExtensionSession, change: Record<string, unknown>): Promise<void> {
  const settings = { ...(await readSettings(session)), ...change };
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: v });
  }, settings);
}

/** Where the keyboard's focus is: in the panel (and on what), on a mark, or elsewhere in the page. */
export function focusOf(page: Page): Promise<{ in: "panel" | "mark" | "page"; text: string; className: string }> {
  return inUi(page, (ui) => {
    const inPanel = ui.panel?.activeElement as HTMLElement | null | undefined;
    if (inPanel) return { in: "panel" as const, text: inPanel.innerText.trim(), className: inPanel.className };
    const mark = ui.marks.find((r) => r.activeElement);
    if (mark)
      return {
        in: "mark" as const,
        text: (mark.activeElement as HTMLElement).getAttribute("aria-label") ?? "",
        className: "mark",
      };
    const el = document.activeElement as HTMLElement | null;
    return { in: "page" as const, text: el?.innerText?.trim().slice(0, 40) ?? "", className: el?.localName ?? "" };
  });
}

/** The panel's controls smaller than 24 × 24 px (WCAG 2.5.8), by a short description. */
export function smallPanelTargets(page: Page): Promise<string[]> {
  return inUi(page, (ui) =>
    Array.from(ui.panel?.querySelectorAll<HTMLElement>("button, a[href], summary, input, select") ?? [])
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 23.5 || box.height < 23.5))
      .map(
        ({ el, box }) =>
          `${el.localName}.${el.className} “${el.innerText.trim().slice(0, 30)}” ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
      ),
  );
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: string | null = null;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core (WCAG 2.2 A and AA and best practices) on the panel and the marks: each closed root's
 * content copied into an open shadow root on a host put in its original's place, the originals
 * hidden while axe runs, then everything put back.
 */
export async function axeOnUi(page: Page, options: { control?: boolean } = {}): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(axePath, "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  await inUi(
    page,
    (ui, control) => {
      const roots = [ui.panel, ...ui.marks].filter((r): r is ShadowRoot => r !== null);
      const copies: HTMLElement[] = [];
      for (const root of roots) {
        const original = root.host as HTMLElement;
        const copy = document.createElement(original.localName === "span" ? "span" : "div");
        copy.setAttribute("data-axe-copy", "");
        const open = copy.attachShadow({ mode: "open" });
        for (const child of Array.from(root.childNodes)) open.append(child.cloneNode(true));
        // <details> open state and the container's place come with the copy; the focus does not.
        // The panel's copy goes into <body> (axe reads no colours outside it); a mark's beside its original.
        if (root === ui.panel) document.body.append(copy);
        else original.after(copy);
        original.style.setProperty("display", "none", "important");
        copies.push(copy);
      }
      // The control (a test of this check): a nameless button and pale text in the panel's copy.
      const section = copies[0]?.shadowRoot?.querySelector(".or-panel");
      if (control && section) {
        const pale = document.createElement("span");
        pale.textContent = "bleek";
        pale.style.color = "#c8c8c8";
        pale.style.background = "#ffffff";
        section.prepend(document.createElement("button"), pale);
      }
      (window as unknown as { axeOriginals: HTMLElement[] }).axeOriginals = roots.map((r) => r.host as HTMLElement);
      return copies.length;
    },
    options.control ?? false,
  );
  try {
    return await page.evaluate(async () => {
      type Node = { target: unknown[]; failureSummary?: string; any: Array<{ data?: { messageKey?: string } }> };
      type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
      type Result = { violations: Rule[]; incomplete: Rule[] };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
      const copies = Array.from(document.querySelectorAll("[data-axe-copy]"));
      const result = await axe.run({ include: copies }, { resultTypes: ["violations", "incomplete"] });
      const finding = (v: Rule, nodes: Node[]) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ""}`),
      });
      // A contrast axe could not work out counts as a finding (an icon-only text aside): it may hide a real one.
      const undecided = result.incomplete
        .filter((v) => v.id === "color-contrast")
        .map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.any[0]?.data?.messageKey !== "nonBmp") }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => ({ ...finding(v, v.nodes), id: "color-contrast-undecided", impact: "serious" }));
      return [...result.violations.map((v) => finding(v, v.nodes)), ...undecided];
    });
  } finally {
    await page.evaluate(() => {
      for (const copy of Array.from(document.querySelectorAll("[data-axe-copy]"))) copy.remove();
      for (const original of (window as unknown as { axeOriginals: HTMLElement[] }).axeOriginals)
        original.style.removeProperty("display");
    });
  }
}

/** The findings that fail a test: serious and critical. */
export async function seriousOnUi(page: Page): Promise<AxeFinding[]> {
  return (await axeOnUi(page)).filter((f) => f.impact === "serious" || f.impact === "critical");
}
