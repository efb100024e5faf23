// The panel's place in the page: one element with its own shadow root, so neither the site's
// CSS nor ours leaks across. Written by hand rather than with WXT's createShadowRootUi, which
// brings ~5 KB (gzipped) of helpers into a content script with a 30 KB budget.
import { render } from "preact";

export const PANEL_TAG = "opdrachtradar-panel";

export interface PanelHost {
  container: HTMLElement;
  remove(): void;
}

export function mountPanelHost(doc: Document, css: string): PanelHost {
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = css;
  const container = doc.createElement("div");
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    container,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
