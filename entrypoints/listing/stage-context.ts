// The life of the content script's two stages in a page: whether the extension behind them is
// still there, and undoing what they set up once it is not (an extension updated, reloaded or
// removed leaves its scripts running in open tabs, cut off from the worker).
//
// Our own, instead of WXT's ContentScriptContext: that one also starts an address watcher and
// posts to the page's window, which cost about 1.5 ms on every page of the sites, most of which
// are not listings. And it asks for the extension (`runtime.id`) at once, which sets up the
// browser's extension API in the page's script world: about 1 ms more. Here only checkExtension
// does, which the first stage calls only when it has something to tell the worker.
import { extensionApi } from "./extension-api";

export interface StageContext {
  /** False once invalidated. Cheap: it does not ask whether the extension is still there. */
  readonly isValid: boolean;
  /** Whether the extension behind this copy is still there; invalidates the context when not. */
  checkExtension(): boolean;
  onInvalidated(callback: () => void): void;
  /** setTimeout and setInterval whose callbacks stop, once the extension is gone, instead of running. */
  setTimeout(callback: () => void, ms: number): void;
  setInterval(callback: () => void, ms: number): void;
  /** addEventListener, removed on invalidation. */
  addEventListener(target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void;
}

/** Announced on the document by each copy that starts: the DOM event reaches every script world. */
const STARTED = "opdrachtradar:first-stage-started";

export function createStageContext(): StageContext {
  const controller = new AbortController();
  const { signal } = controller;

  const context: StageContext = {
    get isValid() {
      return !signal.aborted;
    },
    checkExtension() {
      // runtime.id is gone once this copy of the script no longer belongs to a running extension.
      if (!signal.aborted && extensionApi()?.runtime?.id == null) controller.abort();
      return !signal.aborted;
    },
    onInvalidated: (callback) => signal.addEventListener("abort", callback),
    setTimeout(callback, ms) {
      const id = setTimeout(() => context.checkExtension() && callback(), ms);
      context.onInvalidated(() => clearTimeout(id));
    },
    setInterval(callback, ms) {
      const id = setInterval(() => context.checkExtension() && callback(), ms);
      context.onInvalidated(() => clearInterval(id));
    },
    addEventListener: (target, type, listener, options) =>
      target.addEventListener(type, listener, { ...options, signal }),
  };

  // A copy left behind by an older install sees a newer copy start and stops at once, taking its
  // panel and marks away, rather than at its next timer. (A page script can fire this event too:
  // all it does is make the copies check.)
  document.dispatchEvent(new Event(STARTED));
  context.addEventListener(document, STARTED, () => void context.checkExtension());
  return context;
}
