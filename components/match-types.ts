// The parts of the matcher's result the components show (structurally the matcher's output).
import type { Verdict } from "./VerdictBadge";

export interface RequirementView {
  id: string;
  text: string;
  kind: "must" | "nice";
  verdict: Verdict;
  reason: string;
  overridden: boolean;
}
export interface CheckView {
  id: string;
  verdict: "ok" | "problem" | "unknown";
  reason: string;
}
export interface Tally {
  met: number;
  unmet: number;
  unknown: number;
  total: number;
}
export interface MatchView {
  requirements: RequirementView[];
  checks: CheckView[];
  summary: { must: Tally; nice: Tally };
}
