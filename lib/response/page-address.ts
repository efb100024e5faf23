// The response page's address: /response.html?key=<listing key>. The key comes back from the
// address bar, which anyone can type into: it is taken only as a listing key could be (an
// http(s) address in the normal form of lib/model/listing-key.ts, of bounded length).
import { normaliseUrl } from "../model/listing-key";

export const RESPONSE_PAGE = "/response.html";
const MAX_KEY = 4096;

export function isListingKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY || !URL.canParse(key)) return false;
  const url = new URL(key);
  return (url.protocol === "https:" || url.protocol === "http:") && normaliseUrl(key) === key;
}

/** The page's path for a listing key; throws for anything that is not one. */
export function responsePagePath(key: string): string {
  if (!isListingKey(key)) throw new Error("refused to open the response page for something that is no listing key");
  return `${RESPONSE_PAGE}?${new URLSearchParams({ key }).toString()}`;
}

/** The listing key in the page's query (`location.search`), or null when there is none or it is no listing key. */
export function keyFromSearch(search: string): string | null {
  const key = new URLSearchParams(search).get("key");
  return key !== null && isListingKey(key) ? key : null;
}
