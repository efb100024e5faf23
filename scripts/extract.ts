// npm run extract -- FILE --url URL --now ISO
// Prints the Listing of a saved page as JSON. Bad input (missing, empty, not HTML, > 5 MB) gives
// one clear line on stderr and exit code 2, never a stack trace.
import { readFileSync, statSync } from "node:fs";
import { Window } from "happy-dom";
import { extractListing } from "../lib/extract/listing";

const MAX_BYTES = 5 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readHtml(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`not a file: ${file}`);
    size = stat.size;
  } catch {
    fail(`file not found: ${file}`);
  }
  if (size === 0) fail(`empty file: ${file}`);
  if (size > MAX_BYTES) fail(`file too large (${(size / 1048576).toFixed(1)} MB > 5 MB): ${file}`);
  const html = readFileSync(file, "utf8");
  const head = html.slice(0, 4096);
  if (head.includes("\u0000") || !/<[a-z!]/i.test(head)) fail(`not an HTML file: ${file}`);
  return html;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith("--") && !["--url", "--now"].includes(args[i - 1] ?? ""));
  if (!file) fail("usage: npm run extract -- FILE --url URL --now ISO");
  const url = option(args, "--url") ?? `file://${file}`;
  const nowText = option(args, "--now");
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) fail(`not a date: --now ${nowText}`);
  const html = readHtml(file);
  const window = new Window({
    url: /^https?:/.test(url) ? url : "https://localhost/",
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, "text/html");
    const listing = extractListing(doc as unknown as Document, { url, now });
    process.stdout.write(JSON.stringify(listing, null, 2) + "\n");
  } finally {
    await window.happyDOM.close();
  }
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error)),
);
