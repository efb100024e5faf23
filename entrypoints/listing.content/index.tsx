// The content script: reads the page, and on a listing shows the panel and the marks.
// Thin by design: extraction and matching live in lib/, the view in components/.
import "./panel.css";
import { render } from "preact";
import { browser } from "wxt/browser";
import { defineContentScript } from "wxt/utils/define-content-script";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { Panel } from "../../components/Panel";
import { brokerHostPatterns } from "../../lib/broker-hosts";
import { currentTime } from "../../lib/browser/clock";
import { isPopupToContent, type ContentReply } from "../../lib/protocol";
import { send } from "./actions";
import { placeMarks, removeMarks } from "./marks";
import { askWorker, readPageState, type PageState } from "./page-state";

/** Set on <html> while this script annotates the page: a second injection stands down. */
const ACTIVE_ATTRIBUTE = "data-opdrachtradar";
const TICK_MS = 30_000;

export default defineContentScript({
  matches: brokerHostPatterns,
  runAt: "document_idle",
  cssInjectionMode: "ui",
  async main(ctx) {
    const root = document.documentElement;
    if (root.hasAttribute(ACTIVE_ATTRIBUTE)) return;
    root.setAttribute(ACTIVE_ATTRIBUTE, "active");
    ctx.onInvalidated(() => root.removeAttribute(ACTIVE_ATTRIBUTE));

    const view = createView(ctx);
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

    const onMessage = (message: unknown): Promise<ContentReply> | undefined =>
      isPopupToContent(message) ? Promise.resolve({ listing: view.state()?.listing ?? null }) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

function createView(ctx: ContentScriptContext) {
  let state: PageState | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let container: HTMLElement | null = null;
  const host = location.hostname;

  function teardown(): void {
    removeMarks(document);
    ui?.remove();
    ui = null;
    container = null;
  }

  async function show(next: PageState): Promise<void> {
    state = next;
    if (next.disabled) return teardown();
    placeMarks(document, next.listing, next.match, next.lang, next.now);
    if (!ui) {
      ui = await createShadowRootUi(ctx, {
        name: "opdrachtradar-panel",
        position: "inline",
        anchor: "body",
        append: "last",
        onMount: (element) => {
          container = element;
        },
        onRemove: () => {
          if (container) render(null, container);
        },
      });
      ui.mount();
    }
    if (container) render(panelFor(next), container);
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
        onDisableSite={() => send({ type: "disable-site", host })}
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
      await show(await askWorker(state.listing, await currentTime()));
    },
  };
}
