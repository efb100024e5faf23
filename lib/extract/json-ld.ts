// schema.org JobPosting in <script type="application/ld+json">: one try per script, @graph and
// arrays unwrapped, every field checked with typeof (after Readability's JSON-LD reader).
import { isoToDutch, salaryToRate, type StructuredJob } from "./structured-job";
import { squash } from "./text";

type Json = Record<string, unknown>;

export interface JsonLdResult {
  jobs: StructuredJob[];
  /** Other @types seen ("NewsArticle", "BlogPosting", "ItemList"): evidence that this is no listing. */
  types: string[];
}

function nodesOf(value: unknown, out: Json[], depth = 0): void {
  if (depth > 4 || !value || typeof value !== "object") return;
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

const str = (v: unknown): string | null => (typeof v === "string" && squash(v) ? squash(v) : null);
const obj = (v: unknown): Json | null =>
  Array.isArray(v) ? obj(v[0]) : v && typeof v === "object" ? (v as Json) : null;

function locality(place: unknown): string | null {
  const p = obj(place);
  const address = obj(p?.address) ?? p;
  return str(address?.addressLocality) ?? (typeof p?.address === "string" ? str(p.address) : null);
}

export function jobFromJsonLd(node: Json): StructuredJob {
  const salary = obj(node.baseSalary) ?? obj(node.estimatedSalary);
  const datePosted = str(node.datePosted);
  const validThrough = str(node.validThrough);
  const start = str(node.jobStartDate);
  return {
    tier: "json-ld",
    title: str(node.title) ?? str(node.name),
    client: str(obj(node.hiringOrganization)?.name) ?? str(node.hiringOrganization),
    location: locality(node.jobLocation),
    published: datePosted ? isoToDutch(datePosted, false) : null,
    deadline: validThrough ? isoToDutch(validThrough, true) : null,
    startDate: start ? isoToDutch(start, false) : null,
    rate: salary ? salaryToRate(salary, salary.value) : null,
    workHours: str(node.workHours),
  };
}

export function readJsonLd(doc: Document): JsonLdResult {
  const jobs: StructuredJob[] = [];
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
      if (nodeTypes.includes("JobPosting")) jobs.push(jobFromJsonLd(node));
      else types.push(...nodeTypes);
    }
  }
  return { jobs, types };
}
