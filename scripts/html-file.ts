// Reading a saved page from disk as a browser would: in the charset the page declares
// (<meta charset>, or http-equiv Content-Type), UTF-8 otherwise. Bad input gives one clear line.
import { readFileSync, statSync } from "node:fs";

const MAX_BYTES = 5 * 1024 * 1024;

/** The charset a page declares in its first bytes, or null. */
export function declaredCharset(head: string): string | null {
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head) ??
    /<meta[^>]{0,200}?content\s*=\s*["'][^"']{0,100}?charset=([\w.:-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** The text of an HTML file, or an error message that says what is wrong with it. */
export function readHtmlFile(file: string): { html: string } | { error: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { error: `not a file: ${file}` };
    size = stat.size;
  } catch {
    return { error: `file not found: ${file}` };
  }
  if (size === 0) return { error: `empty file: ${file}` };
  if (size > MAX_BYTES) return { error: `file too large (${(size / 1048576).toFixed(1)} MB > 5 MB): ${file}` };
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 4096).toString("latin1");
  if (head.includes("\u0000") || !/<[a-z!]/i.test(head)) return { error: `not an HTML file: ${file}` };
  const charset = /^\xef\xbb\xbf/.test(head) ? "utf-8" : (declaredCharset(head) ?? "utf-8");
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return { html: decoder.decode(bytes) };
}
