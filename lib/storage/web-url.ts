// Stored addresses are web pages: an import refuses any other scheme, and the worker checks
// again before it opens a tab (#13: an import accepted `javascript:` and `data:` URLs).

/** An absolute http(s) address with a host. */
export function isWebUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
}
