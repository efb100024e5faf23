// The panel's place in the page: one element with its own closed shadow root, so neither the
// site's CSS nor ours leaks across, and no page script can read what the panel shows or reach its
// buttons (DESIGN.md, practice 9). Written by hand rather than with WXT's createShadowRootUi,
// which brings ~5 KB (gzipped) of helpers into a content script with a 30 KB budget.
import { render } from "preact";

export const PANEL_TAG = "opdrachtradar-panel";

/**
 * The hosts of this script's own UI (panel and marks), known only here: the page can tag its own
 * elements with any name or attribute, so ours are recognised by reference, never by a name.
 */
export const ownHosts = new WeakSet<Element>();

/**
 * Events a script can fire at our UI. A closed root already keeps page scripts from reaching the
 * elements inside; this is the second wall: anything not from the user (`isTrusted` false) is
 * stopped at the root, before any handler inside sees it, and its default action (a <summary>
 * opening, say) is cancelled.
 */
const GUARDED = [
  "click",
  "auxclick",
  "dblclick",
  "mousedown",
  "mouseup",
  "pointerdown",
  "pointerup",
  "keydown",
  "keyup",
  "keypress",
];

/** A closed shadow root on `host`, with the guard against untrusted events and our style. */
export function closedRoot(host: HTMLElement, css: string): ShadowRoot {
  const root = host.attachShadow({ mode: "closed" });
  for (const type of GUARDED) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
  const style = host.ownerDocument.createElement("style");
  style.textContent = css;
  root.append(style);
  ownHosts.add(host);
  return root;
}

export interface PanelHost {
  container: HTMLElement;
  /** The closed root the panel stands in (its focus, its hover). */
  root: ShadowRoot;
  /** False once the page threw it out (a single-page site re-rendering its body). */
  attached(): boolean;
  remove(): void;
}

export function mountPanelHost(doc: Document, css: string): PanelHost {
  const host = doc.createElement(PANEL_TAG);
  const container = doc.createElement("div");
  container.className = "or-root";
  const root = closedRoot(host, css);
  root.append(container);
  // On <html>, before <body>: sites that re-render their body leave it alone, and the panel is
  // the first stop of the keyboard's Tab (after the page's own, on a page of 40 links and 5
  // marks it was the 37th). The page's content and its skip links follow; the marks stay in
  // the order of the text they stand in.
  doc.documentElement.insertBefore(host, doc.body && doc.body.parentNode === doc.documentElement ? doc.body : null);
  return {
    container,
    root,
    attached: () => host.isConnected,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
