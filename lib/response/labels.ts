// How a response names each requirement: the page's own label ("E1", "W3") where it numbers
// them, else E1, E2, … for eisen and W1, W2, … for wensen in the order the page lists them, the
// way the broker's response form numbers its questions (in an English UI too: the form is Dutch).
import type { Requirement } from "../model/listing";

const prefixes: Record<Requirement["kind"], string> = { must: "E", nice: "W" };

/** The label of every requirement, by id. */
export function requirementLabels(
  requirements: ReadonlyArray<Pick<Requirement, "id" | "kind" | "label">>,
): Map<string, string> {
  const counts = { must: 0, nice: 0 };
  const labels = new Map<string, string>();
  for (const r of requirements) {
    counts[r.kind] += 1;
    labels.set(r.id, r.label?.trim() || `${prefixes[r.kind]}${counts[r.kind]}`);
  }
  return labels;
}
