// The messages between the extension's parts, one union per direction (Dark Reader's habit):
// a reader sees every conversation in one place, and TypeScript checks both ends.
import type { Listing } from "./model/listing";
import type { Lang, Messages } from "./i18n/t";
import type { PageReading } from "./model/page-reading";
import type { MatchResult } from "./match/matcher";
import type { VerdictOverride } from "./model/verdict";
import type { PanelCorner } from "./model/panel-corners";
import type { RuleAnchor } from "./model/site-rule";
import type { RuleField } from "./model/site-rule-fields";

/**
 * Content script → popup: the listing in the tab, or null when the page is not one. The popup
 * asks the first stage through scripting.executeScript in the extension's own script world of the
 * tab (entrypoints/popup/tab.ts), which no page script can reach; it validates the answer whole
 * all the same (lib/protocol-schema.ts).
 */
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
  /** "Reactie voorbereiden" for the sender's listing, which must be saved: the worker opens the response page. */
  | { type: "open-response"; listing: Listing }
  /** The panel on the sender's host: compact (true) or open. The host is the sender's, never the message's. */
  | { type: "set-collapsed"; collapsed: boolean }
  /** The panel on the sender's host goes to this corner of the window. */
  | { type: "move-panel"; corner: PanelCorner }
  /** Switches the extension off on the sender's host; `host`, when sent, must be that host. */
  | { type: "disable-site"; host?: string }
  /** Switches it back on there (the panel's "Ongedaan maken"); `host`, when sent, must be the sender's. */
  | { type: "enable-site"; host?: string }
  /** The user's rules for the sender's host (issue 17), answered with SiteRulesReply. */
  | { type: "site-rules" }
  /** A rule taught by pointing, for the sender's host (the worker adds the host and the moment). */
  | { type: "save-site-rule"; field: RuleField; anchor: RuleAnchor; sample: string };

/** Background → content script, answering `site-rules`: where to look, per field. */
export interface SiteRulesReply {
  rules: Array<{ field: RuleField; anchor: RuleAnchor }>;
}

/** Background → content script, answering `page-state`. */
export interface PageStateReply {
  /** The listing the worker reads in the page's reading (isListing false: not a listing). */
  listing: Listing;
  /** The worker's moment of reading, ISO: countdowns count from it. */
  now: string;
  match: MatchResult | null;
  saved: boolean;
  /** The panel on the sender's host: compact (the start) or open, and its corner. */
  collapsed: boolean;
  corner: PanelCorner;
  disabled: boolean;
  /** The panel's language: the user's choice, or with "auto" the page's (nl, en), else the browser's. */
  lang: Lang;
  /** The texts of `lang`, so the content script need not bundle the i18n files. */
  messages: Messages;
  /** The user's rules for this site that found nothing usable on this page (issue 17). */
  ruleMisses?: RuleField[];
}

const contentToBackgroundTypes = new Set<string>([
  "open-options",
  "load-reader",
  "page-state",
  "toggle-saved",
  "override",
  "open-response",
  "set-collapsed",
  "move-panel",
  "disable-site",
  "enable-site",
  "site-rules",
  "save-site-rule",
]);

/**
 * Background → content script of a tab (tabs.sendMessage): the keyboard command "focus-panel"
 * (manifest `commands`, Alt+Shift+O) opens the panel and puts the focus on its first control.
 */
export type BackgroundToContent = { type: "focus-panel" };

/**
 * A message from the worker, checked whole in the content script (which does not bundle zod):
 * an object with exactly the key `type`, of a known value, sent by this extension from outside
 * any tab (the worker or one of its pages, never another page's content script).
 */
export function isBackgroundToContent(
  message: unknown,
  sender: { id?: string; tab?: unknown },
  extensionId: string,
): message is BackgroundToContent {
  if (!extensionId || sender.id !== extensionId || sender.tab !== undefined) return false;
  if (typeof message !== "object" || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  return keys.length === 1 && keys[0] === "type" && (message as { type?: unknown }).type === "focus-panel";
}

/**
 * A message addressed to the worker (its type is one of ContentToBackground's): the worker
 * answers it, parsing it whole first. Anything else is left alone.
 */
export function addressedToBackground(message: unknown): boolean {
  const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === "string" && contentToBackgroundTypes.has(type);
}
