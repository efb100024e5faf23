// npm run add-fixture -- --url URL --site SITE --name NAME [--file saved.html] [--now ISO] [--force]
// Adds a fixture case (Readability's generate-testcase.js): saves the page as
// tests/fixtures/SITE/NAME.html and drafts NAME.json (url, now, expect) from what the extractor
// reads today. The draft is the extractor's opinion, not the truth: a person corrects it against
// the page (tests/fixtures/README.md says how) before it is committed.
// Without --file the page is fetched from URL, which fails on a machine without internet: save
// the page in a browser and pass --file. A saved page is read in the charset it declares.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Window } from "happy-dom";
import { extractListing } from "../lib/interpret/extract-listing";
import { amsterdamParts } from "../lib/model/dutch-time";
import { declaredCharset, decodeHtml, charsetOfContentType } from "./page-charset";

const MAX_BYTES = 5 * 1024 * 1024;
const FIXTURES = "tests/fixtures";
const USAGE =
  "usage: npm run add-fixture -- --url URL --site SITE --name NAME [--file saved.html] [--now ISO] [--force]";

function fail(message: string): never {
  process.stderr.write(`add-fixture: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) fail(`${name} needs a value\n${USAGE}`);
  return value;
}

/** An ISO moment with the Dutch offset of that moment, as the truth files write `now`. */
function dutchIso(instant: Date): string {
  const { date, time } = amsterdamParts(instant);
  const [h, m] = time.split(":").map(Number) as [number, number];
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const offset = Math.round((Date.UTC(y, mo - 1, d, h, m) - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date}T${time}:${pad(instant.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The page's bytes, and the Content-Type the server sent (null for a saved file). */
async function pageBytes(
  file: string | undefined,
  url: string,
): Promise<{ bytes: Buffer; contentType: string | null }> {
  if (file) {
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
    return { bytes: readFileSync(file), contentType: null };
  }
  try {
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(20000) });
    if (!response.ok) fail(`fetching ${url} gave HTTP ${response.status}: save the page in a browser and pass --file`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) fail(`page too large (${(bytes.length / 1048576).toFixed(1)} MB > 5 MB)`);
    return { bytes, contentType: response.headers.get("content-type") };
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    fail(`could not fetch ${url} (${cause}): save the page in a browser and pass it with --file saved.html`);
  }
}

/** The extractor's Listing in the contract's shape (tests/fixtures/README.md): a draft truth. */
function draftExpect(listing: ReturnType<typeof extractListing>): Record<string, unknown> {
  // A page that is no listing is checked on exactly these two fields (tests/unit/fixtures/truth-files.test.ts).
  if (!listing.isListing) return { isListing: false, status: "unknown" };
  return {
    isListing: true,
    title: listing.title,
    client: listing.client,
    location: listing.location,
    rate: listing.rate,
    hoursPerWeek: listing.hoursPerWeek,
    startDate: listing.startDate,
    endDate: listing.endDate,
    published: listing.published,
    deadline: listing.deadline,
    status: listing.status,
    requirements: listing.requirements.map((r) => ({ text: r.text, kind: r.kind })),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const url = option(args, "--url");
  const site = option(args, "--site");
  const name = option(args, "--name");
  const file = option(args, "--file");
  const nowText = option(args, "--now");
  if (!url || !site || !name) fail(USAGE);
  if (!/^https?:\/\//.test(url)) fail(`not a web address: --url ${url}`);
  const slug = /^[a-z0-9][a-z0-9-]*$/;
  if (!slug.test(site)) fail(`--site is a folder name of lower-case letters, digits and dashes: ${site}`);
  if (!slug.test(name)) fail(`--name is a file name of lower-case letters, digits and dashes: ${name}`);
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) fail(`not a date: --now ${nowText}`);

  const dir = join(FIXTURES, site);
  const htmlPath = join(dir, `${name}.html`);
  const jsonPath = join(dir, `${name}.json`);
  if (!args.includes("--force") && (existsSync(htmlPath) || existsSync(jsonPath)))
    fail(`${htmlPath} or its .json exists already (--force replaces both)`);

  const { bytes, contentType } = await pageBytes(file, url);
  let html = decodeHtml(bytes, contentType);
  const head = html.slice(0, 4096);
  if (head.includes("\u0000") || !/<[a-z!]/i.test(head)) fail(`not an HTML page: ${file ?? url}`);

  // The page is kept as it was served, bytes and all, so its own charset declaration stays
  // true. Only a fetched page whose charset the server alone named is stored as UTF-8, with a
  // declaration added, since the file cannot carry the server's header.
  const headerCharset = charsetOfContentType(contentType);
  let saved: Buffer | string = bytes;
  if (headerCharset && !declaredCharset(bytes) && !/^utf-?8$/i.test(headerCharset)) {
    html = /<head[^>]*>/i.test(html)
      ? html.replace(/<head[^>]*>/i, (tag) => `${tag}<meta charset="utf-8">`)
      : `<meta charset="utf-8">${html}`;
    saved = html;
  }

  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  let truth: Record<string, unknown>;
  try {
    const doc = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
    const listing = extractListing(doc, { url, now });
    truth = { url, now: nowText ?? dutchIso(now), expect: draftExpect(listing) };
  } finally {
    await window.happyDOM.close();
  }

  mkdirSync(dir, { recursive: true });
  writeFileSync(htmlPath, saved);
  writeFileSync(jsonPath, JSON.stringify(truth, null, 2) + "\n");
  const shown = (p: string): string => relative(process.cwd(), p) || p;
  process.stdout.write(
    [
      `saved ${shown(htmlPath)} (${bytes.length} bytes${file ? `, from ${file}` : ""})`,
      `drafted ${shown(jsonPath)} from the current extraction`,
      "",
      "NOTE: the draft is what the extractor reads today, not the truth. A person must correct it",
      "against the page before committing: every field as a careful reader gets it, null where the",
      "page states nothing, a field left out where nobody can tell for sure (tests/fixtures/README.md).",
      "Then check it: npx vitest run tests/unit/fixtures",
      "(a field the extractor still misses goes into tests/fixtures/known-misses.json with a reason).",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error)),
);
