// Reading a saved page from disk as a browser would: in the charset the page declares
// (page-charset.ts), UTF-8 otherwise. Bad input gives one clear line.
import { readFileSync, statSync } from "node:fs";
import { decodeHtml } from "./page-charset";

const MAX_BYTES = 5 * 1024 * 1024;

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
  return { html: decodeHtml(bytes) };
}
