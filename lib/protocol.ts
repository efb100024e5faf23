// The messages between the extension's parts, one union per direction (Dark Reader's habit):
// a reader sees every conversation in one place, and TypeScript checks both ends.
import type { Listing } from "./extract/schema";

/** Popup → content script of a tab. */
export type PopupToContent = { type: "get-listing" };
/** Content script → popup: the listing in the tab, or null when the page is not one. */
export type ContentReply = { listing: Listing | null };

/** Content script or popup → background. */
export type ContentToBackground = { type: "open-options" };

export function isPopupToContent(message: unknown): message is PopupToContent {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "get-listing";
}

export function isContentToBackground(message: unknown): message is ContentToBackground {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "open-options";
}
