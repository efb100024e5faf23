// npm run extract -- FILE --url URL --now ISO
// Prints the Listing of a saved page as JSON: the reader and the interpreter, as the browser runs
// them in the page and in the worker. The page is read in the charset it declares. Bad input (missing, empty, not HTML, > 5 MB) gives
// one clear line on stderr and exit code 2, never a stack trace.
import { Window } from "happy-dom";
import { extractListing } from "../lib/interpret/extract-listing";
import { readHtmlFile } from "./html-file";

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readHtml(file: string): string {
  const read = readHtmlFile(file);
  if ("error" in read) fail(read.error);
  return read.html;
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
