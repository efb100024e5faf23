// The popup's messages to the worker about the user's own sites (issue 17), apart from the
// content script's (lib/protocol.ts): they come from an extension page, never from a web page,
// and the worker checks both the message (whole) and that its sender is this extension's popup.
import { z } from "zod";
import type { MessageSenderLike } from "./protocol-schema";

/**
 * "Altijd op deze site": the browser granted `origin` (the popup asked in the user's click); the
 * worker stores the site and registers the content script there. Answered with `SiteReply`.
 */
export type PopupToBackground = { type: "add-site"; origin: string };
export type SiteReply = { ok: true } | { ok: false; reason: "no-permission" | "failed" };

export const popupToBackgroundSchema = z
  .object({
    type: z.literal("add-site"),
    origin: z
      .string()
      .max(270)
      .regex(/^https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?$/, "an http(s) origin"),
  })
  .strict();

const _message: (m: z.infer<typeof popupToBackgroundSchema>) => PopupToBackground = (m) => m;
void _message;

/** A message the popup addresses to the worker (its type); anything else is left alone. */
export function addressedFromPopup(message: unknown): boolean {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "add-site";
}

/** The message parsed whole; throws on anything else. */
export function parsePopupMessage(raw: unknown): PopupToBackground {
  const parsed = popupToBackgroundSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`refused a message that does not validate: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The sender must be this extension's popup page: this extension's id, and the popup's address
 * (`popupUrl`, runtime.getURL("/popup.html")), with or without a query (the popup opened as a
 * tab: tests, the demo). Compared as text: `URL.origin` of an extension address is "null" in
 * some engines. A content script's sender has the web page's address.
 */
export function checkPopupSender(sender: MessageSenderLike, extensionId: string, popupUrl: string): void {
  if (!extensionId || sender.id !== extensionId) throw new Error("refused a message from another extension");
  const url = sender.url ?? "";
  const rest = url.startsWith(popupUrl) ? url.slice(popupUrl.length) : null;
  if (!popupUrl || rest === null || !(rest === "" || rest.startsWith("?") || rest.startsWith("#"))) {
    throw new Error("refused a site message that comes from no popup of this extension");
  }
}
