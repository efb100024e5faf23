// Where the panel stands in its corner: clear of the page's own fixed bars (a cookie banner, a
// "reageer" bar, a sticky header) and movable by the user. The corner is the user's choice per
// site (settings.panelSites); this file measures the page and moves the panel within it.
import type { PanelCorner } from "../../lib/model/panel-corners";
import { ownHosts } from "./panel-host";

/** The panel's space to its edge of the window, and the room it must keep to be of use. */
const EDGE = 16;
const MIN_ROOM = 120;
/** How far in from the window's edge a page's bar counts as "at" it (a banner floating 20 px up). */
const NEAR_EDGE = 64;
/** The widest the panel gets; the page is sampled across that width in its corner. */
const PANEL_WIDTH = 380;

/** An element the page keeps in place while it scrolls, and the edges it keeps to. */
interface Pinned {
  el: Element;
  /** A fixed element stands where it stands; a sticky one counts only at the edge it sticks to. */
  toTop: boolean;
  toBottom: boolean;
}

/** The element itself or the nearest ancestor that is fixed or sticky, or null. */
function pinnedAncestor(el: Element, win: Window, seen: Map<Element, Pinned | null>): Pinned | null {
  const path: Element[] = [];
  let found: Pinned | null = null;
  for (let at: Element | null = el; at && at !== at.ownerDocument.documentElement; at = at.parentElement) {
    if (seen.has(at)) {
      found = seen.get(at)!;
      break;
    }
    path.push(at);
    const style = win.getComputedStyle(at);
    if (style.position === "fixed") found = { el: at, toTop: true, toBottom: true };
    else if (style.position === "sticky")
      found = { el: at, toTop: style.top !== "auto", toBottom: style.bottom !== "auto" };
    if (found) break;
  }
  for (const p of path) seen.set(p, found);
  return found;
}

/**
 * How far from its edge of the window (the bottom for a bottom corner, the top for a top one)
 * the panel must stand to keep clear of the page's own fixed or sticky elements at that edge,
 * and of an open dialog (a cookie consent, role=dialog or aria-modal) standing there: the page
 * is sampled where the panel would be. 0 when nothing is in the way, or when clearing it would
 * leave the panel no room (then the user can move it).
 */
export function clearance(doc: Document, corner: PanelCorner): number {
  const win = doc.defaultView;
  if (!win) return 0;
  const width = doc.documentElement.clientWidth || win.innerWidth;
  const height = doc.documentElement.clientHeight || win.innerHeight;
  const bottom = corner.startsWith("bottom");
  const right = corner.endsWith("right");
  const span = Math.min(PANEL_WIDTH, width - 2 * EDGE);
  const xs = [0.04, 0.5, 0.96].map((f) => (right ? width - EDGE - f * span : EDGE + f * span));
  const ys = [2, 24, 48].map((d) => (bottom ? height - d : d));
  const seen = new Map<Element, Pinned | null>();
  let lift = 0;
  const consider = (pinned: Pinned | null) => {
    if (!pinned || !(bottom ? pinned.toBottom : pinned.toTop)) return;
    const box = pinned.el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    // A full-window overlay is no bar: nothing clears it.
    if (box.height > height * 0.6) return;
    if (bottom && box.bottom >= height - NEAR_EDGE && box.top < height) lift = Math.max(lift, height - box.top);
    if (!bottom && box.top <= NEAR_EDGE && box.bottom > 0) lift = Math.max(lift, box.bottom);
  };
  for (const x of xs) {
    for (const y of ys) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (ownHosts.has(el) || el === doc.documentElement || el === doc.body) continue;
        consider(pinnedAncestor(el, win, seen));
      }
    }
  }
  // A consent dialog that is not under a sampled point but stands at the panel's edge all the same.
  for (const dialog of Array.from(
    doc.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]'),
  ).slice(0, 20)) {
    const box = dialog.getBoundingClientRect();
    const overlapsX = right ? box.right > width - EDGE - span : box.left < EDGE + span;
    if (overlapsX) consider(pinnedAncestor(dialog, win, seen));
  }
  const lifted = Math.ceil(lift);
  return height - lifted - 2 * EDGE < MIN_ROOM ? 0 : lifted;
}

/** The corner nearest to a point of the window. */
export function nearestCorner(x: number, y: number, width: number, height: number): PanelCorner {
  return `${y < height / 2 ? "top" : "bottom"}-${x < width / 2 ? "left" : "right"}`;
}

/**
 * Dragging the panel by its "Verplaats" button (a trusted pointer only: the shadow root's guard
 * stops any other before this sees it): the panel follows the pointer and lands in the nearest
 * corner, which `drop` is told. The click that ends a drag is swallowed; a click without a drag
 * goes on to the button (the next corner).
 */
export function enableDrag(container: HTMLElement, drop: (corner: PanelCorner) => void): () => void {
  let drag: { id: number; x: number; y: number; moved: boolean; panel: HTMLElement } | null = null;
  let swallowClick = false;

  const down = (event: PointerEvent) => {
    const handle = (event.target as Element | null)?.closest?.(".or-move");
    const panel = handle?.closest<HTMLElement>(".or-panel");
    if (!event.isTrusted || event.button !== 0 || !handle || !panel) return;
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false, panel };
    (handle as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id || !event.isTrusted) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 6) return;
    drag.moved = true;
    drag.panel.classList.add("or-dragging");
    drag.panel.style.translate = `${dx}px ${dy}px`;
  };
  const up = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const { panel, moved } = drag;
    drag = null;
    if (!moved) return;
    const box = panel.getBoundingClientRect();
    const doc = panel.ownerDocument;
    panel.style.translate = "";
    panel.classList.remove("or-dragging");
    swallowClick = true;
    setTimeout(() => (swallowClick = false), 0);
    drop(
      nearestCorner(
        box.left + box.width / 2,
        box.top + box.height / 2,
        doc.documentElement.clientWidth,
        doc.documentElement.clientHeight,
      ),
    );
  };
  const click = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };
  container.addEventListener("pointerdown", down);
  container.addEventListener("pointermove", move);
  container.addEventListener("pointerup", up);
  container.addEventListener("pointercancel", up);
  container.addEventListener("click", click, true);
  return () => {
    container.removeEventListener("pointerdown", down);
    container.removeEventListener("pointermove", move);
    container.removeEventListener("pointerup", up);
    container.removeEventListener("pointercancel", up);
    container.removeEventListener("click", click, true);
  };
}
