// What the panel's buttons do: each asks the worker for one storage change; the page then
// re-renders from the storage change, so the popup and other tabs stay in step.
import { browser } from "wxt/browser";
import type { ContentToBackground } from "../../lib/protocol";

export function send(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch((error: unknown) => console.warn("[opdrachtradar]", error));
}
