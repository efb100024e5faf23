// The checks of ../shared/tools/score-fixtures.mjs, ported: per-field comparison and
// requirement F1 against a truth file's `expect` (see tests/fixtures/README.md), and the one
// place the fixture tests name the extractor (extractCase).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { extractListing } from "../../../lib/interpret/extract-listing";
import { decodeHtml } from "../../../scripts/page-charset";
import { parseHtml } from "./parse-html";

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const norm = (s: unknown): string =>
  String(s ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const words = (s: unknown): string[] =>
  norm(s)
    .split(" ")
    .filter((w) => w.length >= 3);

function similarText(out: unknown, want: unknown): boolean {
  const a = norm(out);
  const b = norm(want);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
}
const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));
const sameNum = (a: unknown, b: unknown): boolean => {
  const x = num(a);
  const y = num(b);
  return x === null ? y === null : y !== null && Math.abs(x - y) < 0.01;
};

export const checks: Record<string, (o: Any, w: Any) => boolean> = {
  isListing: (o, w) => o === w,
  title: (o, w) => similarText(o, w),
  client: (o, w) => (w === null ? o === null || o === undefined : similarText(o, w)),
  location: (o, w) => (w === null ? !o : norm(o).includes(norm(w))),
  rate: (o, w) =>
    w === null
      ? !o
      : !!o &&
        sameNum(o.min, w.min) &&
        sameNum(o.max, w.max) &&
        o.per === w.per &&
        (o.currency ?? "EUR") === (w.currency ?? "EUR"),
  hoursPerWeek: (o, w) => (w === null ? !o : !!o && sameNum(o.min, w.min) && sameNum(o.max, w.max)),
  startDate: (o, w) => (o ?? null) === w,
  endDate: (o, w) => (o ?? null) === w,
  published: (o, w) => (o ?? null) === w,
  deadline: (o, w) =>
    w === null ? !o : typeof o === "string" && (w.length > 10 ? o.slice(0, 16) === w : o.slice(0, 10) === w),
  status: (o, w) => o === w,
};

export interface ReqScore {
  p: number;
  r: number;
  f1: number;
}

export function requirementScore(
  out: { text: string; kind: string }[] = [],
  want: { text: string; kind: string }[] = [],
): ReqScore {
  const used = new Set<number>();
  let hit = 0;
  for (const w of want) {
    const ww = words(w.text);
    let best = -1;
    let bestScore = 0;
    out.forEach((o, i) => {
      if (used.has(i) || o.kind !== w.kind) return;
      const ow = new Set(words(o.text));
      const recall = ww.filter((x) => ow.has(x)).length / Math.max(ww.length, 1);
      const precision = ww.length ? [...ow].filter((x) => ww.includes(x)).length / Math.max(ow.size, 1) : 0;
      const s = Math.min(recall, Math.max(precision, 0.3) + 0.4);
      if (recall >= 0.7 && precision >= 0.3 && s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best >= 0) {
      used.add(best);
      hit++;
    }
  }
  const p = out.length ? hit / out.length : want.length ? 0 : 1;
  const r = want.length ? hit / want.length : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Case {
  /** The case's path under the folder it was loaded from, without extension: "kbenp/seed-kbenp-utrecht". */
  id: string;
  /** The truth file's path. */
  name: string;
  html: string;
  url: string;
  now: string;
  expect: Record<string, Any>;
}

/** Every NAME.html + NAME.json pair under dir, recursively; pages decoded by their declared charset. */
export function loadCases(dir: string, root = dir): Case[] {
  if (!existsSync(dir)) return [];
  const out: Case[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...loadCases(path, root));
    else if (entry.endsWith(".json") && existsSync(path.replace(/\.json$/, ".html"))) {
      const truth = JSON.parse(readFileSync(path, "utf8"));
      if (!truth.expect) continue;
      out.push({
        id: relative(root, path)
          .replace(/\.json$/, "")
          .split("\\")
          .join("/"),
        name: path,
        html: decodeHtml(readFileSync(path.replace(/\.json$/, ".html"))),
        url: truth.url,
        now: truth.now,
        expect: truth.expect,
      });
    }
  }
  return out;
}

/** The extractor's Listing for a case, as a plain record (the entry point the fixture tests run). */
export function extractCase(c: Pick<Case, "html" | "url" | "now">): Record<string, Any> {
  return extractListing(parseHtml(c.html), { url: c.url, now: new Date(c.now) }) as unknown as Record<string, Any>;
}

export interface FieldResult {
  /** A field of `expect` ("deadline", ..., "requirements"). */
  field: string;
  ok: boolean;
  want: Any;
  got: Any;
  /** For "requirements": the F1 (ok means F1 == 1). */
  f1?: number;
}

/** Every field of a case's `expect`, checked against the extraction. */
export function scoreCase(c: Case, out: Record<string, Any> = extractCase(c)): FieldResult[] {
  return Object.entries(c.expect).map(([field, want]): FieldResult => {
    if (field === "requirements") {
      const { f1 } = requirementScore(out.requirements, want);
      return { field, ok: f1 === 1, want, got: out.requirements, f1 };
    }
    const check = checks[field];
    return { field, ok: check ? check(out[field], want) : false, want, got: out[field] };
  });
}

export interface CorpusScore {
  /** Fields checked (requirements not counted) and how many passed. */
  fields: number;
  passed: number;
  /** passed / fields. */
  accuracy: number;
  /** Mean requirement F1 over the cases whose truth lists requirements. */
  f1: number;
  /** One line per field that missed. */
  misses: string[];
}

/** Field accuracy and mean requirement F1 over a set of cases, as score-fixtures.mjs counts them. */
export function scoreCorpus(cases: Case[]): CorpusScore {
  let fields = 0;
  let passed = 0;
  const f1s: number[] = [];
  const misses: string[] = [];
  for (const c of cases) {
    let results: FieldResult[];
    try {
      results = scoreCase(c);
    } catch (error) {
      results = Object.entries(c.expect).map(([field, want]) => ({
        field,
        ok: false,
        want,
        got: String(error),
        f1: 0,
      }));
    }
    for (const r of results) {
      if (r.field === "requirements") {
        f1s.push(r.f1 ?? 0);
        if (!r.ok) misses.push(`${c.id}.requirements: f1 ${(r.f1 ?? 0).toFixed(2)}`);
        continue;
      }
      fields++;
      if (r.ok) passed++;
      else misses.push(`${c.id}.${r.field}: want ${JSON.stringify(r.want)} got ${JSON.stringify(r.got)}`);
    }
  }
  return {
    fields,
    passed,
    accuracy: fields ? passed / fields : 1,
    f1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 1,
    misses,
  };
}
