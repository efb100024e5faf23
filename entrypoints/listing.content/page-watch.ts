// When to look at the page again. Single-page sites (LinkedIn, Indeed) swap the listing without a
// page load, and some change their DOM all the time (feeds, counters, chat): looking again on
// every change would cost the page. So changes are gathered, and the page is looked at once they
// settle (or after a maximum wait), never sooner than a spacing that grows with what the last
// look cost, and that doubles while looks find nothing new: the extension's share of the main
// thread stays well under 1 %.
import type { ContentScriptContext } from "wxt/utils/content-script-context";

/** Quiet time after the last change before looking. */
const SETTLE_MS = 600;
/** Longest a stream of changes can postpone a look. */
const MAX_WAIT_MS = 4000;
/** Shortest time between two looks caused by DOM changes... */
const MIN_SPACING_MS = 2000;
/** ...or this many times what the last look cost, if longer (1/200 = 0.5 % of the main thread). */
const COST_FACTOR = 200;
/**
 * A look that finds nothing new doubles the spacing, up to this many times: a page that changes
 * all the time but never its listing (a feed, a chat) is looked at less and less. An address
 * change starts over.
 */
const MAX_BACKOFF = 32;

export interface PageWatch {
  /** Discards the changes recorded so far (our own marks, just drawn). */
  forget(): void;
  /** Looks now (the address changed), and again once the new content has settled. */
  now(): void;
}

/**
 * Calls `look` when the page changed; `look` says whether it found something new. `relevant`
 * says whether a changed node matters (inside the listing's region once there is one); `cost` is
 * what the last look took, in ms.
 */
export function watchPage(
  ctx: ContentScriptContext,
  look: () => boolean | Promise<boolean>,
  relevant: (node: Node) => boolean,
  cost: () => number,
): PageWatch {
  /** Changes not looked at yet, since `firstChange`. */
  let pending = false;
  let firstChange = 0;
  let lastChange = 0;
  let lastLook = 0;
  let backoff = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The moment to look, given the changes so far; the timer re-arms itself until then, so a
  // change costs a comparison, not a new timer.
  const due = () =>
    Math.max(
      Math.min(lastChange + SETTLE_MS, firstChange + MAX_WAIT_MS),
      lastLook + backoff * Math.max(MIN_SPACING_MS, cost() * COST_FACTOR),
    );

  const tick = () => {
    timer = undefined;
    // Nothing changed since the last look (a look on an address change came in between).
    if (!ctx.isValid || !pending) return;
    const wait = due() - performance.now();
    if (wait > 0) timer = setTimeout(tick, wait);
    else run();
  };

  const run = () => {
    pending = false;
    lastLook = performance.now();
    void Promise.resolve(look()).then(
      (changed) => (backoff = changed ? 1 : Math.min(backoff * 2, MAX_BACKOFF)),
      () => undefined,
    );
  };

  const changed = () => {
    lastChange = performance.now();
    if (!pending) firstChange = lastChange;
    pending = true;
    timer ??= setTimeout(tick, Math.max(0, due() - lastChange));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) if (relevant(record.target)) return changed();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    forget: () => void observer.takeRecords(),
    now() {
      backoff = 1;
      // A timer armed for a long backoff would hold the next look back: arm it anew.
      clearTimeout(timer);
      timer = undefined;
      run();
      changed();
    },
  };
}
