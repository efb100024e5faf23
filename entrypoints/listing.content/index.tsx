// The content script: reads the page, and on a listing shows the panel and the marks.
// Thin by design: extraction and matching live in lib/, the view in components/.
import panelCss from "./panel.css?inline";
import { render } from "preact";
import { browser } from "wxt/browser";
import { defineContentScript } from "wxt/utils/define-content-script";
import { Panel } from "../../components/Panel";
import { siteHostPatterns } from "../../lib/sites";
import { isPopupToContent, type ContentReply } from "../../lib/protocol";
import { send } from "./actions";
import { mountPanelHost, type PanelHost } from "./panel-host";
import { placeMarks, removeMarks } from "./marks";
import { askWorker, readPageState, type PageState } from "./page-state";

/**
 * Set while this script annotates the page, so a second injection (the popup's "Analyseer deze
 * pagina") stands down. It lives on the isolated world's global, which every injection of this
 * extension's content scripts in the frame shares and no page script can see or set: an attribute
 * on <html> let a page switch the extension off, or detect it.
 */
const ACTIVE = Symbol.for("opdrachtradar.active");
type Marked = { [ACTIVE]?: true };
const TICK_MS = 30_000;

export default defineContentScript({
  matches: siteHostPatterns,
  runAt: "document_idle",
  // The panel's CSS goes into its own shadow root (panel-host.ts), never into the page.
  cssInjectionMode: "manual",
  async main(ctx) {
    const scope = globalThis as Marked;
    if (scope[ACTIVE]) return;
    scope[ACTIVE] = true;
    ctx.onInvalidated(() => delete scope[ACTIVE]);

    const view = createView();
    performance.mark("opdrachtradar:start");
    const refresh = () => view.refresh().catch((error) => console.warn("[opdrachtradar]", error));
    await refresh();
    // Single-page sites (LinkedIn, Indeed) swap the listing without a page load; their new
    // content often renders a moment after the URL changes.
    ctx.addEventListener(window, "wxt:locationchange", () => {
      void refresh();
      ctx.setTimeout(() => void refresh(), 1000);
    });
    // Saved listings, profile or settings changed (here, in the popup, in another tab).
    const onStorage = () => void view.rerender().catch(() => {});
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    ctx.setInterval(() => void view.rerender().catch(() => {}), TICK_MS);

    // Answered at once through sendResponse: this script uses the browser's own API (see
    // wxt.config.ts), where Chrome ignores a promise returned by the listener.
    const onMessage = ((message: unknown, _sender: unknown, sendResponse: (reply: ContentReply) => void) => {
      if (isPopupToContent(message)) sendResponse({ listing: view.state()?.listing ?? null });
    }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

function createView() {
  let state: PageState | null = null;
  let panel: PanelHost | null = null;
  const host = location.hostname;

  function teardown(): void {
    removeMarks();
    panel?.remove();
    panel = null;
  }

  async function show(next: PageState): Promise<void> {
    state = next;
    if (next.disabled) return teardown();
    placeMarks(document, next.listing, next.match, next.lang, next.now, next.elements);
    if (panel && !panel.attached()) panel = null;
    panel ??= mountPanelHost(document, panelCss);
    render(panelFor(next), panel.container);
    performance.mark("opdrachtradar:painted");
  }

  function panelFor(s: PageState) {
    return (
      <Panel
        listing={s.listing}
        match={s.match}
        now={s.now}
        lang={s.lang}
        saved={s.saved}
        collapsed={s.collapsed}
        host={host}
        onToggleSaved={() => send({ type: "toggle-saved", listing: s.listing })}
        onToggleCollapsed={() => send({ type: "set-collapsed", collapsed: !s.collapsed })}
        onDisableSite={() => send({ type: "disable-site" })}
        onOpenProfile={() => send({ type: "open-options" })}
        onOverride={(requirementId, verdict) => send({ type: "override", listing: s.listing, requirementId, verdict })}
      />
    );
  }

  return {
    state: () => state,
    /** Reads the page again (first run, or the URL changed). */
    async refresh(): Promise<void> {
      const next = await readPageState(document, location.href);
      if (!next) {
        state = null;
        return teardown();
      }
      await show(next);
    },
    /** Same extraction, fresh storage and clock. */
    async rerender(): Promise<void> {
      if (!state) return;
      await show(await askWorker(state.reading, state.elements));
    },
  };
}
