// A verdict with the reason behind it, kept as an i18n key and its values until the end so the
// same finding can be shown in either language.
import type { Verdict } from "../model/verdict";

export type { Verdict };

export interface Finding {
  verdict: Verdict;
  key: string;
  subs: Array<string | number>;
}

export function finding(verdict: Verdict, key: string, ...subs: Array<string | number>): Finding {
  return { verdict, key, subs };
}

const notUnderstood = finding("unknown", "match_not_understood");

/** All must hold: the first unmet decides, else the first unknown, else the first met. */
export function allOf(findings: Finding[]): Finding {
  return (
    findings.find((f) => f.verdict === "unmet") ??
    findings.find((f) => f.verdict === "unknown") ??
    findings[0] ??
    notUnderstood
  );
}

/** One is enough: the first met decides, else the first unknown, else the first unmet. */
export function anyOf(findings: Finding[]): Finding {
  return (
    findings.find((f) => f.verdict === "met") ??
    findings.find((f) => f.verdict === "unknown") ??
    findings[0] ??
    notUnderstood
  );
}

/** Caps a finding at unknown: "kennis van" or "werk- en denkniveau" is never unmet on the profile alone. */
export function neverUnmet(f: Finding, key: string, ...subs: Array<string | number>): Finding {
  return f.verdict === "unmet" ? finding("unknown", key, ...subs) : f;
}
