// The messages of lib/protocol.ts as schemas, and the checks against their sender. The page is
// hostile (DESIGN.md practice 9): what the content script sends is shaped by the page's DOM, so
// the worker parses every message whole before it reads any of it (one strict schema per type,
// enums, caps) and then checks it against what the browser says of the sender: a listing's
// address has the origin of the sender's page, a canonical address is kept only on the page's
// own site, a host is the sender's host, a requirement id is one of the listing's.
//
// Apart from lib/protocol.ts on purpose: the content script imports that file and must not
// bundle zod (its budget is 30 KB).
import { z } from "zod";
import { pageListingSchema, requirementIdSchema } from "./model/page-listing";
import type { Listing } from "./model/listing";
import { pageReadingSchema } from "./model/page-reading";
import { userVerdicts } from "./model/verdict";
import { panelCorners } from "./model/settings";
import type { ContentReply, ContentToBackground } from "./protocol";
import { siteOf } from "./sites";
import { RULE_LIMITS, ruleAnchorSchema, ruleFields } from "./model/site-rule";

/** A hostname as a URL gives it (lower case, punycode): at most 253 characters. */
const hostname = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/, "a hostname");

export const contentToBackgroundSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("open-options") }).strict(),
  z.object({ type: z.literal("load-reader") }).strict(),
  z.object({ type: z.literal("page-state"), reading: pageReadingSchema }).strict(),
  z.object({ type: z.literal("toggle-saved"), listing: pageListingSchema }).strict(),
  z
    .object({
      type: z.literal("override"),
      listing: pageListingSchema,
      requirementId: requirementIdSchema,
      // The user's own verdict, or null to take it back; "unknown" is the matcher's, never stored.
      verdict: z.enum(userVerdicts).nullable(),
    })
    .strict(),
  z.object({ type: z.literal("open-response"), listing: pageListingSchema }).strict(),
  // The panel's state and place are the sender's host's (the worker takes the host from the browser).
  z.object({ type: z.literal("set-collapsed"), collapsed: z.boolean() }).strict(),
  z.object({ type: z.literal("move-panel"), corner: z.enum(panelCorners) }).strict(),
  // The host is the sender's (the worker takes it from the browser); one sent must agree with it.
  z.object({ type: z.literal("disable-site"), host: hostname.optional() }).strict(),
  z.object({ type: z.literal("enable-site"), host: hostname.optional() }).strict(),
  // The user's site rules (issue 17): always the sender's host's, never one the message names.
  z.object({ type: z.literal("site-rules") }).strict(),
  z
    .object({
      type: z.literal("save-site-rule"),
      field: z.enum(ruleFields),
      anchor: ruleAnchorSchema,
      sample: z.string().max(RULE_LIMITS.sample),
    })
    .strict(),
]);

/** The content script's answer to the popup's question (entrypoints/popup/tab.ts). */
export const contentReplySchema = z.object({ listing: pageListingSchema.nullable() }).strict();

// Both ends agree: the schemas parse to the protocol's types.
const _message: (m: z.infer<typeof contentToBackgroundSchema>) => ContentToBackground = (m) => m;
const _reply: (r: z.infer<typeof contentReplySchema>) => ContentReply = (r) => r;
void _message;
void _reply;

/** The message, parsed whole; throws (naming the first problem) when any part of it does not validate. */
export function parseContentMessage(raw: unknown): ContentToBackground {
  const parsed = contentToBackgroundSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new Error(`refused a message that does not validate${where}: ${issue?.message ?? "?"}`);
}

/** What runtime.onMessage says of a sender (the fields we read of runtime.MessageSender). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The frame of the sender's page in its tab (0: the top frame). */
  frameId?: number;
}

/** A sender we answer: this extension's content script in a tab, on an http(s) page. */
export interface PageSender {
  tabId: number;
  frameId: number;
  /** The address of the sender's page, as the browser reports it (not as the page says). */
  page: URL;
}

/** The sender as a page of this extension's content script; throws for anyone else. */
export function pageSender(sender: MessageSenderLike, extensionId: string): PageSender {
  if (!extensionId || sender.id !== extensionId) throw new Error("refused a message from another extension");
  const tabId = sender.tab?.id;
  if (typeof tabId !== "number") throw new Error("refused a message that comes from no tab");
  const page = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : null;
  if (!page || (page.protocol !== "https:" && page.protocol !== "http:")) {
    throw new Error("refused a message that comes from no web page");
  }
  const frameId = typeof sender.frameId === "number" && sender.frameId >= 0 ? sender.frameId : 0;
  return { tabId, frameId, page };
}

const withoutWww = (host: string) => host.replace(/^www\./, "");

/**
 * May a page at `page` name `canonical` as its address? Only on its own site: the same host
 * (with or without www.), or the same broker site of lib/sites.ts (nl.linkedin.com and
 * www.linkedin.com). Anything else would let one site's page address another site's saved
 * record (issue 13, finding 3).
 */
export function canonicalOnOwnSite(page: URL, canonical: string): boolean {
  if (!URL.canParse(canonical)) return false;
  const url = new URL(canonical);
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  if (withoutWww(url.hostname) === withoutWww(page.hostname)) return true;
  const site = siteOf(page);
  return site !== null && siteOf(url) === site;
}

/** The listing with its canonical address dropped when that is not on the page's own site. */
export function withOwnCanonical<T extends Pick<Listing, "canonicalUrl">>(listing: T, page: URL): T {
  return listing.canonicalUrl === null || canonicalOnOwnSite(page, listing.canonicalUrl)
    ? listing
    : { ...listing, canonicalUrl: null };
}

/**
 * A listing a page sends back (toggle-saved, override; the popup's tab reading), checked against
 * the page it comes from: its address has that page's origin, else it is refused; a canonical
 * address off the page's site is dropped (the record is keyed by the address instead).
 */
export function listingFromPage(listing: Listing, page: URL): Listing {
  if (!URL.canParse(listing.url) || new URL(listing.url).origin !== page.origin) {
    throw new Error("refused a listing whose address is not on the sender's page");
  }
  return withOwnCanonical(listing, page);
}
