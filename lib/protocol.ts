// The messages between the extension's parts, one union per direction (Dark Reader's habit):
// a reader sees every conversation in one place, and TypeScript checks both ends.
import type { Listing } from "./model/listing";
import type { Lang, Messages } from "./i18n/t";
import type { PageReading } from "./model/page-reading";
import type { MatchResult } from "./match/matcher";
import type { VerdictOverride } from "./model/verdict";

/**
 * Popup → content script of a tab: the listing it shows, or ("Analyseer deze pagina") the listing
 * read from the page even where the first stage would not read it.
 */
export type PopupToContent = { type: "get-listing" } | { type: "analyse" };
/** Content script → popup: the listing in the tab, or null when the page is not one. */
export type ContentReply = { listing: Listing | null };

/**
 * Content script → background. The content script keeps to reading the page and showing the
 * panel; interpreting the reading, validation, matching and storage happen in the worker (the
 * content script's budget is 30 KB, and one writer keeps storage consistent). The worker parses
 * each message whole against lib/protocol-schema.ts and checks it against its sender before it
 * acts: a listing must be on the sender's page, a requirement id one of the listing's.
 */
export type ContentToBackground =
  | { type: "open-options" }
  /**
   * The first stage let the page through: the worker injects the reader (the content script's
   * second stage, /listing-reader.js) into the sender's frame.
   */
  | { type: "load-reader" }
  | { type: "page-state"; reading: PageReading }
  | { type: "toggle-saved"; listing: Listing }
  | { type: "override"; listing: Listing; requirementId: string; verdict: VerdictOverride }
  | { type: "set-collapsed"; collapsed: boolean }
  /** Switches the extension off on the sender's host; `host`, when sent, must be that host. */
  | { type: "disable-site"; host?: string };

/** Background → content script, answering `page-state`. */
export interface PageStateReply {
  /** The listing the worker reads in the page's reading (isListing false: not a listing). */
  listing: Listing;
  /** The worker's moment of reading, ISO: countdowns count from it. */
  now: string;
  match: MatchResult | null;
  saved: boolean;
  collapsed: boolean;
  disabled: boolean;
  lang: Lang;
  /** The texts of `lang`, so the content script need not bundle the i18n files. */
  messages: Messages;
}

const contentToBackgroundTypes = new Set<string>([
  "open-options",
  "load-reader",
  "page-state",
  "toggle-saved",
  "override",
  "set-collapsed",
  "disable-site",
]);

export function isPopupToContent(message: unknown): message is PopupToContent {
  const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === "get-listing" || type === "analyse";
}

/**
 * A message addressed to the worker (its type is one of ContentToBackground's): the worker
 * answers it, parsing it whole first. Anything else is left alone.
 */
export function addressedToBackground(message: unknown): boolean {
  const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === "string" && contentToBackgroundTypes.has(type);
}
