// The panel's place in the page: one element with its own shadow root, so neither the site's
// CSS nor ours leaks across. Written by hand rather than with WXT's createShadowRootUi, which
// brings ~5 KB (gzipped) of helpers into a content script with a 30 KB budget.
import { render } from "preact";

export const PANEL_TAG = "opdrachtradar-panel";

export interface PanelHost {
  container: HTMLElement;
  /** False once the page threw it out (a single-page site re-rendering its body). */
  attached(): boolean;
  remove(): void;
}

export function mountPanelHost(doc: Document, css: string): PanelHost {
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = css;
  const container = doc.createElement("div");
  shadow.append(style, container);
  // On <html>, after <body>: sites that re-render their body leave it alone.
  doc.documentElement.append(host);
  return {
    container,
    attached: () => host.isConnected,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
