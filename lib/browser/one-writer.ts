// The one writer (docs: DESIGN.md practice 10, issue #13 finding 4). Every read-modify-write of
// extension storage (saved listings, settings, profile, reminder state, set-aside records) runs
// inside `oneWriter`, one at a time, whichever page runs it: the popup, the options page and the
// worker share one Web Lock (`navigator.locks`, shared by every page and the service worker of
// the extension's origin in Chrome and Firefox). Where there is no `navigator.locks` (Vitest on
// Node, an old browser) a queue in this context serialises the writes of this context.
//
// Web Locks are not re-entrant: a task must not call `oneWriter` again (it would wait for
// itself). lib/browser/items.ts keeps unlocked inner functions for that reason.

/** The part of the Web Locks API used here (a fake one in tests). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export const STORAGE_LOCK = "opdrachtradar-storage";

let queue: Promise<unknown> = Promise.resolve();

/** The fallback: tasks of this context run one after the other, a failure does not stop the next. */
function inThisContext<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(
    () => task(),
    () => task(),
  );
  queue = run.catch(() => undefined);
  return run;
}

function webLocks(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: unknown } }).navigator?.locks;
  return locks && typeof (locks as LockManagerLike).request === "function" ? (locks as LockManagerLike) : null;
}

/** Runs `task` when no other write (in any extension page or the worker) is running. */
export function oneWriter<T>(task: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  return locks ? locks.request(STORAGE_LOCK, task) : inThisContext(task);
}
