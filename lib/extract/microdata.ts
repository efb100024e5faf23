// schema.org JobPosting as microdata (itemscope/itemprop), for sites without JSON-LD.
import { isoToDutch, salaryToRate, toNumber, type StructuredJob } from "./structured-job";
import { squash } from "./text";

/** The value of an itemprop: content/datetime attribute, else the element's text. */
function propValue(el: Element | null): string | null {
  if (!el) return null;
  const raw = el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.getAttribute("href") ?? el.textContent;
  return raw && squash(raw) ? squash(raw) : null;
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

export function readMicrodata(doc: Document): StructuredJob[] {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="JobPosting"]')).slice(0, 25);
  return scopes.map((scope) => {
    const posted = nestedText(scope, ["datePosted"]);
    const through = nestedText(scope, ["validThrough"]);
    const start = nestedText(scope, ["jobStartDate"]);
    const salary = prop(scope, "baseSalary");
    let rate = null;
    if (salary) {
      const value = prop(salary, "value");
      const q = value?.hasAttribute("itemscope")
        ? {
            value: toNumber(nestedText(value, ["value"])),
            minValue: toNumber(nestedText(value, ["minValue"])),
            maxValue: toNumber(nestedText(value, ["maxValue"])),
            unitText: nestedText(value, ["unitText"]),
          }
        : toNumber(propValue(value));
      rate = salaryToRate(
        { currency: nestedText(salary, ["currency"]), unitText: nestedText(salary, ["unitText"]) },
        q,
      );
    }
    return {
      tier: "microdata" as const,
      title: nestedText(scope, ["title"]),
      client: nestedText(scope, ["hiringOrganization", "name"]) ?? nestedText(scope, ["hiringOrganization"]),
      location:
        nestedText(scope, ["jobLocation", "address", "addressLocality"]) ??
        nestedText(scope, ["jobLocation", "addressLocality"]),
      published: posted ? isoToDutch(posted, false) : null,
      deadline: through ? isoToDutch(through, true) : null,
      startDate: start ? isoToDutch(start, false) : null,
      rate,
      workHours: nestedText(scope, ["workHours"]),
    };
  });
}
