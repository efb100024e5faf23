// npm run -s dates -- FILE.json
// FILE holds [{id, text, now}]; prints [{id, found: [{start: {date, time}, end}]}] as JSON: every date
// in each text, read as the value of a listing's date field, in Dutch wall-clock time. The contract
// of ../shared/tools/score-dates.mjs. Bad input gives one clear line on stderr and exit code 2.
import { readFileSync } from "node:fs";
import { readDates } from "../lib/dutch/dates";

function fail(message: string): never {
  process.stderr.write(`dates: ${message}\n`);
  process.exit(2);
}

interface Item {
  id: unknown;
  text: string;
  now: Date;
}

function readItems(file: string): Item[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(`cannot read ${file} as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Array.isArray(raw)) fail(`${file} must hold an array of {id, text, now}`);
  return raw.map((item: unknown, i): Item => {
    const o = (item ?? {}) as Record<string, unknown>;
    const now = new Date(typeof o.now === "string" || typeof o.now === "number" ? o.now : NaN);
    if (typeof o.text !== "string") fail(`item ${i}: text must be a string`);
    if (!Number.isFinite(now.getTime())) fail(`item ${i}: now must be an ISO date`);
    return { id: o.id, text: o.text, now };
  });
}

const args = process.argv.slice(2);
if (args.length !== 1 || !args[0]) fail("usage: npm run -s dates -- FILE.json");
const out = readItems(args[0]).map(({ id, text, now }) => ({
  id,
  found: readDates(text, now).map(({ start, end }) => ({ start, end })),
}));
process.stdout.write(JSON.stringify(out) + "\n");
