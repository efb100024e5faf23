// A verdict with the reason behind it, kept as an i18n key and its values until the end so the
// same finding can be shown in either language. Values that need the user's locale (numbers,
// days, hour spans, money) stay typed until then (see reason-text.ts).
import type { Verdict } from "../model/verdict";

export type { Verdict };

export type Sub =
  | string
  | number
  | { day: string }
  | { span: { min: number; max: number } }
  | { money: number; per: "hour" | "day" | "month" | "year" };

/** One piece of the profile a verdict rests on, as a text key and its values. */
export interface Quote {
  key: string;
  subs: Sub[];
}

export interface Finding {
  verdict: Verdict;
  key: string;
  subs: Sub[];
  evidence?: Quote[];
}

export function finding(verdict: Verdict, key: string, ...subs: Sub[]): Finding {
  return { verdict, key, subs };
}

/** A finding with the profile evidence it rests on. */
export function quoted(f: Finding, evidence: Quote): Finding {
  return {
    verdict: f.verdict,
    key: f.key,
    subs: f.subs,
    evidence: f.evidence ? [...f.evidence, evidence] : [evidence],
  };
}

export const quote = (key: string, ...subs: Sub[]): Quote => ({ key, subs });

const notUnderstood = finding("unknown", "match_not_understood");

function sameQuote(a: Quote, b: Quote): boolean {
  if (a.key !== b.key || a.subs.length !== b.subs.length) return false;
  for (let i = 0; i < a.subs.length; i++) {
    const x = a.subs[i]!;
    const y = b.subs[i]!;
    if (x !== y && (typeof x !== "object" || typeof y !== "object" || JSON.stringify(x) !== JSON.stringify(y)))
      return false;
  }
  return true;
}

/** The evidence of several met findings together, each quote once. */
function mergedEvidence(findings: Finding[]): Quote[] | undefined {
  let out: Quote[] | undefined;
  for (const f of findings) {
    if (!f.evidence) continue;
    if (!out) out = [];
    for (const q of f.evidence) if (!out.some((have) => sameQuote(have, q))) out.push(q);
  }
  return out;
}

/** All must hold: the first unmet decides, else the first unknown, else the first met (with all their evidence). */
export function allOf(findings: Finding[]): Finding {
  const decisive = findings.find((f) => f.verdict === "unmet") ?? findings.find((f) => f.verdict === "unknown");
  if (decisive) return decisive;
  const first = findings[0];
  if (!first) return notUnderstood;
  if (findings.length === 1) return first;
  const evidence = mergedEvidence(findings);
  return evidence ? { ...first, evidence } : first;
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
export function neverUnmet(f: Finding, key: string, ...subs: Sub[]): Finding {
  return f.verdict === "unmet" ? { ...finding("unknown", key, ...subs), evidence: f.evidence } : f;
}
