// The content script's second stage: reads the page, and on a listing shows the panel and the
// marks. The worker injects it (scripting.executeScript) into a frame where the first stage
// (entrypoints/listing) let the page through; it runs in the same isolated world and
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
import type { PageReading } from "../../lib/model/page-reading";
import { nextCorner, type PanelCorner } from "../../lib/model/panel-corners";
import { isBackgroundToContent, type ContentToBackground } from "../../lib/protocol";
import { benchMark } from "../listing/bench-mark";
import { firstStage, readerStage, setReaderStage, type FirstStage, type ReaderStage } from "../listing/stages";
import { send } from "./actions";
import { mountPanelHost, type PanelHost } from "./panel-host";
import { clearance, enableDrag } from "./panel-place";
import { placeMarks, removeMarks } from "./marks";
import { askWorker, type PageState } from "./page-state";
import { commonAncestor, sameReading } from "./reading-change";
import { TeachSection } from "../../components/TeachSection";
import type { ReaderRule } from "../../lib/rules/apply";
import type { SiteRulesReply } from "../../lib/protocol";
import { createTeaching } from "./teaching";
import { teachCandidates } from "./teach-candidates";

const TICK_MS = 30_000;
/** How long "Uit op ... Ongedaan maken" stands after the site was switched off from the panel. */
const UNDO_MS = 8000;
/** The page's bars are measured again this long after scrolling or resizing stopped... */
const PLACE_SETTLE_MS = 200;
/** ...and after the panel first shows (a cookie banner comes late). */
const PLACE_AGAIN_MS = [1500, 4000];
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

  // Saved listings, profile or settings changed (here, in the popup, in another tab); the site
  // rules changed: the page is read again with them.
  const onStorage = (changes: Record<string, unknown>) =>
    void ("siteRules" in changes ? view.rulesChanged() : view.rerender()).catch(() => {});
  browser.storage.onChanged.addListener(onStorage);
  first.ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  first.ctx.setInterval(() => void view.rerender().catch(() => {}), TICK_MS);

  // The worker passes on the keyboard command "focus-panel" (Alt+Shift+O), checked whole here.
  const onMessage = ((message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (isBackgroundToContent(message, sender, browser.runtime.id)) view.focusPanel();
    return false;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  first.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // The page's own fixed bars move with scrolling and resizing: the panel keeps clear of them.
  let placing: ReturnType<typeof setTimeout> | undefined;
  const placeSoon = () => {
    clearTimeout(placing);
    placing = setTimeout(view.place, PLACE_SETTLE_MS);
  };
  first.ctx.addEventListener(window, "resize", placeSoon, { passive: true });
  first.ctx.addEventListener(window, "scroll", placeSoon, { passive: true });
  first.ctx.onInvalidated(() => clearTimeout(placing));
  void view.refresh();
});

type View = ReaderStage & {
  rerender(): Promise<void>;
  rulesChanged(): Promise<boolean>;
  teardown(): void;
  focusPanel(): void;
  place(): void;
};

function createView(first: FirstStage): View {
  let state: PageState | null = null;
  let panel: PanelHost | null = null;
  let stopDrag: (() => void) | null = null;
  let region: Node | null = null;
  let readMs = 0;
  /** The last reading sent to the worker, listing or not: the same reading is not sent again. */
  let lastReading: PageReading | null = null;
  /** The reading under way, so the popup's question waits for it. */
  let current: Promise<void> = Promise.resolve();
  const host = location.hostname;
  /** What the user changed here and the worker has not confirmed yet (shown at once, without a round trip). */
  let openHere: boolean | null = null;
  let cornerHere: PanelCorner | null = null;
  /** Switched off from this panel a moment ago: the undo bar stands (until the timer). */
  let switchedOffHere = false;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** The control to focus once the panel is drawn (after Escape, the command, undo). */
  let focusNext: string | null = null;

  /** The user's rules for this site (issue 17), asked of the worker once, again after they change. */
  let rules: ReaderRule[] | null = null;
  const teaching = createTeaching({
    lang: () => state?.lang ?? "nl",
    rules: () => rules ?? [],
    preview: async (candidate) => {
      const read = await readPageInSlices(document, location.href, { skipFirstStage: true, rules: candidate }, slicing);
      return askWorker(read.reading, read.elements);
    },
    candidates: (section) => (state ? teachCandidates(state.reading, state.elements, section) : []),
    redraw: (focus) => {
      focusNext = focus;
      draw();
    },
  });

  async function siteRules(): Promise<ReaderRule[]> {
    if (rules) return rules;
    const message: ContentToBackground = { type: "site-rules" };
    const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as SiteRulesReply | null;
    rules = Array.isArray(reply?.rules) ? reply.rules : [];
    return rules;
  }

  const isOpen = (s: PageState) => openHere ?? !s.collapsed;
  const cornerOf = (s: PageState) => cornerHere ?? s.corner;

  function teardown(): void {
    teaching.stop();
    clearTimeout(undoTimer);
    switchedOffHere = false;
    removeMarks();
    stopDrag?.();
    stopDrag = null;
    panel?.remove();
    panel = null;
    first.forgetOwnChanges();
  }

  async function show(next: PageState): Promise<void> {
    state = next;
    if (openHere === !next.collapsed) openHere = null;
    if (cornerHere === next.corner) cornerHere = null;
    // Switched on again while the undo bar stood (in the popup, or by "Ongedaan maken").
    if (!next.disabled && switchedOffHere) {
      clearTimeout(undoTimer);
      switchedOffHere = false;
    }
    if (next.disabled && !switchedOffHere) return teardown();
    if (next.disabled) removeMarks();
    else placeMarks(document, next.listing, next.match, next.lang, next.now, next.elements);
    first.forgetOwnChanges();
    await yieldToPage();
    if (state !== next) return;
    draw();
    benchMark("painted");
  }

  /** The panel as the state and the user's changes here say, now. */
  function draw(): void {
    const s = state;
    if (!s) return;
    if (panel && !panel.attached()) {
      stopDrag?.();
      panel = null;
    }
    if (!panel) {
      panel = mountPanelHost(document, panelCss);
      stopDrag = enableDrag(panel.container, moveTo);
      for (const ms of PLACE_AGAIN_MS) first.ctx.setTimeout(place, ms);
    }
    render(panelFor(s), panel.container);
    placeAfterPaint();
    if (focusNext) panel.container.querySelector<HTMLElement>(focusNext)?.focus();
    focusNext = null;
    first.forgetOwnChanges();
  }

  /**
   * `place` once the browser has laid out and painted what was just drawn: measuring the page
   * then finds its layout done, instead of forcing one in the middle of our task.
   */
  function placeAfterPaint(): void {
    requestAnimationFrame(() => setTimeout(place, 0));
  }

  /** Clear of the page's bars at the panel's edge of the window (panel-place.ts). */
  function place(): void {
    if (!panel || !state || !panel.attached()) return;
    panel.container.style.setProperty("--or-lift", `${clearance(document, cornerOf(state))}px`);
  }

  function setOpen(open: boolean, focus: string | null): void {
    if (!state) return;
    if (isOpen(state) !== open) {
      openHere = open;
      send({ type: "set-collapsed", collapsed: !open });
    }
    focusNext = focus;
    draw();
  }

  function moveTo(corner: PanelCorner): void {
    if (!state) return;
    cornerHere = corner;
    send({ type: "move-panel", corner });
    draw();
  }

  /** "Uitzetten op ...": off at once (marks gone, other tabs too), with "Ongedaan maken" here for a while. */
  function switchOff(): void {
    if (!state) return;
    switchedOffHere = true;
    send({ type: "disable-site" });
    focusNext = ".or-undo-button";
    void show({ ...state, disabled: true });
    clearTimeout(undoTimer);
    const expire = () => {
      // Not while the user is at it: the keyboard's focus or the pointer in the bar (WCAG 2.2.1).
      // A focus the bar took after a click (no focus ring) does not hold it.
      const busy =
        panel &&
        (panel.root.activeElement?.matches(":focus-visible") || panel.container.querySelector(".or-panel:hover"));
      if (busy) undoTimer = setTimeout(expire, 2000);
      else endUndo();
    };
    undoTimer = setTimeout(expire, UNDO_MS);
  }

  function endUndo(): void {
    clearTimeout(undoTimer);
    switchedOffHere = false;
    if (state) void show(state);
  }

  function undo(): void {
    if (!state) return;
    clearTimeout(undoTimer);
    switchedOffHere = false;
    send({ type: "enable-site" });
    focusNext = ".or-toggle";
    void show({ ...state, disabled: false });
  }

  function panelFor(s: PageState) {
    const open = isOpen(s);
    const corner = cornerOf(s);
    return (
      <Panel
        listing={s.listing}
        match={s.match}
        now={s.now}
        lang={s.lang}
        saved={s.saved}
        open={open}
        corner={corner}
        host={host}
        switchedOff={switchedOffHere}
        onToggleOpen={() => setOpen(!open, null)}
        onEscape={() => (switchedOffHere ? endUndo() : setOpen(false, ".or-toggle"))}
        onMove={() => moveTo(nextCorner(corner))}
        onToggleSaved={() => send({ type: "toggle-saved", listing: s.listing })}
        onDisableSite={switchOff}
        onUndoDisable={undo}
        onDismiss={endUndo}
        onOpenProfile={() => send({ type: "open-options" })}
        onPrepareResponse={() => send({ type: "open-response", listing: s.listing })}
        onOverride={(requirementId, verdict) => send({ type: "override", listing: s.listing, requirementId, verdict })}
        teach={
          <TeachSection
            view={teaching.view()}
            misses={s.ruleMisses ?? []}
            lang={s.lang}
            onStart={teaching.start}
            onSave={teaching.save}
            onCancel={teaching.cancel}
          />
        }
      />
    );
  }

  /**
   * Reads the page; asks the worker only when the reading is new, redraws only when it must.
   * True when the reading changed (the watch looks less often at a page that keeps not changing).
   */
  async function read(): Promise<boolean> {
    await yieldToPage();
    benchMark("extract-start");
    const { reading, elements, workMs } = await readPageInSlices(
      document,
      location.href,
      { skipFirstStage: true, rules: await siteRules() },
      slicing,
    );
    readMs = workMs;
    benchMark("extract-end");
    if (lastReading && sameReading(lastReading, reading)) {
      // The same page: only put back what the page threw out (a re-rendered list, say).
      const lost = state && (!state.elements.every((el) => el.isConnected) || (panel !== null && !panel.attached()));
      if (state && lost) await show({ ...state, elements });
      return false;
    }
    lastReading = reading;
    const next = await askWorker(reading, elements);
    if (!next.listing.isListing) {
      state = null;
      region = null;
      teardown();
      return true;
    }
    // The listing's own blocks, not the site's menus and sidebars: changes elsewhere (a feed,
    // a chat) need no new reading.
    region = commonAncestor(elements.filter((_, i) => !reading.blocks[i]?.chrome && !reading.blocks[i]?.sidebar));
    await yieldToPage();
    await show(next);
    return true;
  }

  return {
    teardown,
    place,
    /** The keyboard command: the panel opens and its first control takes the focus. */
    focusPanel() {
      if (state && !state.disabled && panel) setOpen(true, ".or-toggle");
    },
    refresh() {
      const reading = current.then(read, read).catch((error: unknown) => {
        console.warn("[opdrachtradar]", error);
        return false;
      });
      current = reading.then(() => undefined);
      return reading;
    },
    async listing(): Promise<Listing | null> {
      await current;
      return state?.listing ?? null;
    },
    region: () => region,
    lastReadMs: () => readMs,
    /** The site's rules changed (taught here, removed in the options page, imported): read again with them. */
    rulesChanged() {
      rules = null;
      lastReading = null;
      return this.refresh();
    },
    /** Same reading, fresh storage and clock (a save elsewhere, the countdown's tick). */
    async rerender(): Promise<void> {
      if (!state) return;
      await show(await askWorker(state.reading, state.elements));
    },
  };
}
