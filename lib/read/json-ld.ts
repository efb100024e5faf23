// schema.org JobPosting in <script type="application/ld+json">: one try per script, @graph and
// arrays unwrapped, every field checked with typeof (after Readability's JSON-LD reader).
// Reads only: the values go to the worker raw (structured-job.ts understands them there).
import type { RawJob, RawSalary } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import { descriptionBlocks } from "./description";
import { squash } from "../dutch/text";

type Json = Record<string, unknown>;

export interface JsonLdResult {
  jobs: RawJob[];
  /** Other @types seen ("NewsArticle", "BlogPosting", "ItemList"): evidence that this is no listing. */
  types: string[];
}

function nodesOf(value: unknown, out: Json[], depth = 0): void {
  if (depth > 4 || !value || typeof value !== "object" || out.length > 200) return;
  if (Array.isArray(value)) return value.forEach((v) => nodesOf(v, out, depth + 1));
  const node = value as Json;
  out.push(node);
  if (node["@graph"]) nodesOf(node["@graph"], out, depth + 1);
  // ItemList of postings (an overview page) keeps its postings in itemListElement[].item
  if (Array.isArray(node.itemListElement))
    node.itemListElement.forEach((e) => nodesOf((e as Json)?.item ?? e, out, depth + 1));
}

function typesOf(node: Json): string[] {
  const t = node["@type"];
  return typeof t === "string" ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

const str = (v: unknown): string | null =>
  typeof v === "string" && squash(v) ? squash(v).slice(0, READING_LIMITS.short) : null;
const obj = (v: unknown): Json | null =>
  Array.isArray(v) ? obj(v[0]) : v && typeof v === "object" ? (v as Json) : null;
const amount = (v: unknown): number | string | null => (typeof v === "number" && Number.isFinite(v) ? v : str(v));

function locality(place: unknown): string | null {
  const p = obj(place);
  const address = obj(p?.address) ?? p;
  return str(address?.addressLocality) ?? (typeof p?.address === "string" ? str(p.address) : null);
}

/** schema.org MonetaryAmount: value may be a number or a QuantitativeValue. */
function salaryOf(node: Json): RawSalary | null {
  const salary = obj(node.baseSalary) ?? obj(node.estimatedSalary);
  if (!salary) return null;
  const q = obj(salary.value);
  return {
    currency: str(salary.currency),
    unit: str(q?.unitText) ?? str(salary.unitText),
    value: q ? amount(q.value) : amount(salary.value),
    min: q ? amount(q.minValue) : null,
    max: q ? amount(q.maxValue) : null,
  };
}

function jobOf(node: Json, doc: Document): RawJob {
  const org = node.hiringOrganization;
  return {
    tier: "json-ld",
    title: str(node.title) ?? str(node.name),
    client: str(obj(org)?.name) ?? str(org),
    location: locality(node.jobLocation),
    datePosted: str(node.datePosted),
    validThrough: str(node.validThrough),
    startDate: str(node.jobStartDate),
    salary: salaryOf(node),
    workHours: str(node.workHours),
    employmentType:
      str(node.employmentType) ?? (Array.isArray(node.employmentType) ? str(node.employmentType[0]) : null),
    description: descriptionBlocks(doc, typeof node.description === "string" ? node.description : null),
  };
}

export function readJsonLd(doc: Document): JsonLdResult {
  const jobs: RawJob[] = [];
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const nodes: Json[] = [];
    try {
      nodesOf(JSON.parse((script.textContent ?? "").replace(/^\s*<!--|-->\s*$/g, "")), nodes);
    } catch {
      continue; // one broken script must not hide the others
    }
    for (const node of nodes) {
      const nodeTypes = typesOf(node);
      if (nodeTypes.includes("JobPosting")) {
        if (jobs.length < READING_LIMITS.jobs) jobs.push(jobOf(node, doc));
      } else if (types.length < READING_LIMITS.types) types.push(...nodeTypes.map((t) => t.slice(0, 80)));
    }
  }
  return { jobs, types: types.slice(0, READING_LIMITS.types) };
}
