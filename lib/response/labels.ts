// How a response names each requirement: the page's own label ("E1", "W3") where it numbers
// them, else E1, E2, … for eisen and W1, W2, … for wensen in the order the page lists them
// (Must/Nice in English), the way response forms number their questions.
import type { Requirement } from "../model/listing";
import type { Lang } from "../i18n/t";

const prefixes: Record<Lang, Record<Requirement["kind"], string>> = {
  nl: { must: "E", nice: "W" },
  en: { must: "M", nice: "N" },
};

/** The label of every requirement, by id. */
export function requirementLabels(
  requirements: ReadonlyArray<Pick<Requirement, "id" | "kind" | "label">>,
  lang: Lang,
): Map<string, string> {
  const counts = { must: 0, nice: 0 };
  const labels = new Map<string, string>();
  for (const r of requirements) {
    counts[r.kind] += 1;
    labels.set(r.id, r.label?.trim() || `${prefixes[lang][r.kind]}${counts[r.kind]}`);
  }
  return labels;
}
