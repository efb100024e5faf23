// The content script's second stage: reads the page, and on a listing shows the panel and the
// marks. The worker injects it (scripting.executeScript) into a frame where the first stage
// (entrypoints/listing.content) let the page through; it runs in the same isolated world and
// finds the first stage there (stages.ts). Thin by design: extraction and matching live in lib/,
// the view in components/.
//
// Light on the page: reading, asking the worker and drawing run in separate tasks, the marks are
// drawn in one batch, and nothing is redrawn that did not change.
import panelCss from "./panel.css?inline";
import { render } from "preact";
import { browser } from "wxt/browser";
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { Panel } from "../../components/Panel";
import { readPageInSlices } from "../../lib/read/reader";
import type { Listing } from "../../lib/model/listing";
import { firstStage, readerStage, setReaderStage, type FirstStage, type ReaderStage } from "../listing.content/stages";
import { send } from "./actions";
import { mountPanelHost, type PanelHost } from "./panel-host";
import { placeMarks, removeMarks } from "./marks";
import { askWorker, type PageState } from "./page-state";
import { commonAncestor, sameReading } from "./reading-change";

const TICK_MS = 30_000;
/** A slice of reading: well under the 50 ms that makes a task long, even on a slow machine. */
const SLICE_MS = 10;

/** Lets the page's own tasks (input, rendering) run before the next step. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const slicing = { sliceMs: SLICE_MS, clock: () => performance.now(), pause: yieldToPage };

export default defineUnlistedScript(() => {
  // Injected again (the first stage asked twice): the one at work reads the page again.
  const running = readerStage();
  if (running) return void running.refresh();
  const first = firstStage();
  if (!first) return;
  const view = createView(first);
  setReaderStage(view);
  first.ctx.onInvalidated(() => {
    setReaderStage(null);
    view.teardown();
  });

  // Saved listings, profile or settings changed (here, in the popup, in another tab).
  const onStorage = () => void view.rerender().catch(() => {});
  browser.storage.onChanged.addListener(onStorage);
  first.ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  first.ctx.setInterval(() => void view.rerender().catch(() => {}), TICK_MS);
  void view.refresh();
});

function createView(first: FirstStage): ReaderStage & { rerender(): Promise<void>; teardown(): void } {
  let state: PageState | null = null;
  let panel: PanelHost | null = null;
  let region: Node | null = null;
  let readMs = 0;
  /** The reading under way, so the popup's question waits for it. */
  let current: Promise<void> = Promise.resolve();
  const host = location.hostname;

  function teardown(): void {
    removeMarks();
    panel?.remove();
    panel = null;
    first.forgetOwnChanges();
  }

  async function show(next: PageState): Promise<void> {
    state = next;
    if (next.disabled) return teardown();
    placeMarks(document, next.listing, next.match, next.lang, next.now, next.elements);
    first.forgetOwnChanges();
    await yieldToPage();
    if (state !== next) return;
    if (panel && !panel.attached()) panel = null;
    panel ??= mountPanelHost(document, panelCss);
    render(panelFor(next), panel.container);
    first.forgetOwnChanges();
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

  /** Reads the page; asks the worker only when the reading is new, redraws only when it must. */
  async function read(): Promise<void> {
    await yieldToPage();
    performance.mark("opdrachtradar:extract-start");
    const { reading, elements, workMs } = await readPageInSlices(
      document,
      location.href,
      { skipFirstStage: true },
      slicing,
    );
    readMs = workMs;
    performance.mark("opdrachtradar:extract-end");
    if (state && sameReading(state.reading, reading)) {
      // The same listing: only put back what the page threw out (a re-rendered list, say).
      const lost = !state.elements.every((el) => el.isConnected) || (panel !== null && !panel.attached());
      if (lost) await show({ ...state, elements });
      return;
    }
    const next = await askWorker(reading, elements);
    if (!next.listing.isListing) {
      state = null;
      region = null;
      return teardown();
    }
    // The listing's own blocks, not the site's menus and sidebars: changes elsewhere (a feed,
    // a chat) need no new reading.
    region = commonAncestor(elements.filter((_, i) => !reading.blocks[i]?.chrome && !reading.blocks[i]?.sidebar));
    await yieldToPage();
    await show(next);
  }

  return {
    teardown,
    refresh() {
      current = current.then(read, read).catch((error: unknown) => console.warn("[opdrachtradar]", error));
      return current;
    },
    async listing(): Promise<Listing | null> {
      await current;
      return state?.listing ?? null;
    },
    region: () => region,
    lastReadMs: () => readMs,
    /** Same reading, fresh storage and clock (a save elsewhere, the countdown's tick). */
    async rerender(): Promise<void> {
      if (!state) return;
      await show(await askWorker(state.reading, state.elements));
    },
  };
}
