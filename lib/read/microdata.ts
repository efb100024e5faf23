// schema.org JobPosting as microdata (itemscope/itemprop), for sites without JSON-LD. Reads
// only: the values go to the worker raw (structured-job.ts understands them there).
import type { RawJob } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import { squash } from "../dutch/text";

/** The value of an itemprop: content/datetime attribute, else the element's text. */
function propValue(el: Element | null): string | null {
  if (!el) return null;
  const raw = el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.getAttribute("href") ?? el.textContent;
  return raw && squash(raw) ? squash(raw).slice(0, READING_LIMITS.short) : null;
}

/** The first itemprop `name` under `scope` that belongs to this scope (not to a nested item). */
function prop(scope: Element, name: string): Element | null {
  for (const el of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`))) {
    const owner = el.parentElement?.closest("[itemscope]");
    if (owner === scope) return el;
  }
  return null;
}

function nestedText(scope: Element, path: string[]): string | null {
  let el: Element | null = scope;
  for (const name of path) {
    if (!el) return null;
    el = prop(el, name);
  }
  return propValue(el);
}

function salaryOf(scope: Element): RawJob["salary"] {
  const salary = prop(scope, "baseSalary");
  if (!salary) return null;
  const value = prop(salary, "value");
  const quantity = value?.hasAttribute("itemscope") ? value : null;
  return {
    currency: nestedText(salary, ["currency"]),
    unit: (quantity && nestedText(quantity, ["unitText"])) ?? nestedText(salary, ["unitText"]),
    value: quantity ? nestedText(quantity, ["value"]) : propValue(value),
    min: quantity ? nestedText(quantity, ["minValue"]) : null,
    max: quantity ? nestedText(quantity, ["maxValue"]) : null,
  };
}

export function readMicrodata(doc: Document): RawJob[] {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="JobPosting"]')).slice(0, READING_LIMITS.jobs);
  return scopes.map((scope) => ({
    tier: "microdata" as const,
    title: nestedText(scope, ["title"]),
    client: nestedText(scope, ["hiringOrganization", "name"]) ?? nestedText(scope, ["hiringOrganization"]),
    location:
      nestedText(scope, ["jobLocation", "address", "addressLocality"]) ??
      nestedText(scope, ["jobLocation", "addressLocality"]),
    datePosted: nestedText(scope, ["datePosted"]),
    validThrough: nestedText(scope, ["validThrough"]),
    startDate: nestedText(scope, ["jobStartDate"]),
    salary: salaryOf(scope),
    workHours: nestedText(scope, ["workHours"]),
    employmentType: nestedText(scope, ["employmentType"]),
    // the description is on the page itself, where the blocks read it
    description: [],
  }));
}
