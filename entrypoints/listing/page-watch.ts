// When to look at the page again. Single-page sites (LinkedIn, Indeed) swap the listing without a
// page load, and some change their DOM all the time (feeds, counters, chat): looking again on
// every change would cost the page. So:
// - once a listing is shown, only its own part of the page is watched (and whether that part is
//   taken out); before that, the whole document;
// - a change noticed stops the watching until the look it causes: a storm of changes costs one
//   callback per look, not one per change;
// - the page is looked at once changes settle (or after a maximum wait), never sooner than a
//   spacing that grows with what the last look cost, and that doubles while looks find nothing
//   new. The extension's share of the main thread stays well under 1 %;
// - a single-page site that moves to another address changes the page too: a change noticed at a
//   new address is looked at at once, and while a look is pending the address is compared each
//   second. (No address watcher of its own: WXT's costs a Navigation API listener on every page
//   of the sites, and without that API, in Firefox, it polls every second on every page.)
import type { StageContext } from "./stage-context";

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
/** While a look is pending (the observer off), how often the address is compared. */
const ADDRESS_CHECK_MS = 1000;

export interface PageWatch {
  /** The first look. It counts like any other: the next one keeps the spacing after it. */
  start(): void;
  /** Discards the changes recorded so far (our own marks, just drawn). */
  forget(): void;
}

const SUBTREE = { childList: true, subtree: true } as const;

/**
 * Calls `look` when the page changed; `look` says whether it found something new. `scope` is
 * the part of the page that matters (the listing's region once there is one, else null: the
 * whole document); `cost` is what the last look took, in ms.
 */
export function watchPage(
  ctx: StageContext,
  look: () => boolean | Promise<boolean>,
  scope: () => Node | null,
  cost: () => number,
): PageWatch {
  let firstChange = 0;
  let lastChange = 0;
  let lastLook = 0;
  let backoff = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The node watched now (with its parent, for its removal). */
  let watched: Node | null = null;

  // The moment to look, given the changes so far; the timer re-arms itself until then.
  const due = () =>
    Math.max(
      Math.min(lastChange + SETTLE_MS, firstChange + MAX_WAIT_MS),
      lastLook + backoff * Math.max(MIN_SPACING_MS, cost() * COST_FACTOR),
    );

  let address = location.href;
  const observer = new MutationObserver((records) => {
    if (location.href !== address) return addressChanged();
    const region = watched;
    // Under the region, or the region itself taken out of the page.
    if (records.some((r) => region?.contains(r.target) || !region?.isConnected)) changed();
  });

  const watch = () => {
    if (!ctx.isValid) return;
    const region = scope();
    watched = region?.isConnected ? region : document.documentElement;
    observer.observe(watched, SUBTREE);
    if (watched !== document.documentElement && watched.parentNode)
      observer.observe(watched.parentNode, { childList: true });
  };

  // While a look is pending the observer is off, so the timer checks the address meanwhile.
  const tick = () => {
    timer = undefined;
    if (!ctx.isValid) return;
    if (location.href !== address) return addressChanged();
    const wait = due() - performance.now();
    if (wait > 0) timer = setTimeout(tick, Math.min(wait, ADDRESS_CHECK_MS));
    else run();
  };

  const run = () => {
    lastLook = performance.now();
    void Promise.resolve(look())
      .then(
        (found) => (backoff = found ? 1 : Math.min(backoff * 2, MAX_BACKOFF)),
        () => undefined,
      )
      // Watch again once the look is done, over the region it found.
      .then(watch);
  };

  /** A change that matters: stop hearing about more of them until the look. */
  function changed(): void {
    observer.disconnect();
    lastChange = performance.now();
    firstChange = lastChange;
    timer ??= setTimeout(tick, Math.min(Math.max(0, due() - lastChange), ADDRESS_CHECK_MS));
  }

  watch();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  /** Another address: look now, and again once the new content has settled. */
  function addressChanged(): void {
    address = location.href;
    backoff = 1;
    // A timer armed for a long backoff would hold the next look back: arm it anew.
    clearTimeout(timer);
    timer = undefined;
    observer.disconnect();
    run();
    // The new content often renders a moment after the address changes: look once more.
    changed();
  }

  return { start: run, forget: () => void observer.takeRecords() };
}
