// The user's site rules as stored (one value, `siteRules`), read with repair: every rule is
// checked on its own; one that does not validate is reported and kept as it was (written back
// untouched beside the good ones), never wiped. Pure: the browser side is lib/browser/site-rules.ts.
import { RULE_LIMITS } from "../model/site-rule-fields";
import { ruleKey, siteRuleSchema, type RuleField, type SiteRule } from "../model/site-rule";

export const SITE_RULES_KEY = "siteRules";

export interface StoredRules {
  rules: SiteRule[];
  /** Entries that did not validate, as stored: kept, so a later write does not lose them. */
  unreadable: unknown[];
  problems: string[];
}

/** The stored value read rule by rule; never throws. */
export function readSiteRules(raw: unknown): StoredRules {
  if (raw === null || raw === undefined) return { rules: [], unreadable: [], problems: [] };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return { rules: [], unreadable: [raw], problems: ["siteRules: not JSON"] };
    }
  }
  if (!Array.isArray(value)) return { rules: [], unreadable: [value], problems: ["siteRules: not a list"] };
  const rules: SiteRule[] = [];
  const unreadable: unknown[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const parsed = siteRuleSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`siteRules[${i}]${issue?.path.length ? "." + issue.path.join(".") : ""}: ${issue?.message ?? "?"}`);
      unreadable.push(entry);
      return;
    }
    // One rule per site and field: a second one (a hand-edited store) is the older, dropped from view.
    const key = ruleKey(parsed.data);
    if (seen.has(key)) return;
    seen.add(key);
    rules.push(parsed.data);
  });
  return { rules, unreadable, problems };
}

/** What is written: the rules, then the entries that could not be read, as they were. */
export function storedValue(rules: readonly SiteRule[], unreadable: readonly unknown[]): unknown[] {
  return [...rules.slice(0, RULE_LIMITS.rules), ...unreadable];
}

/** The rule added, replacing one for the same site and field. */
export function withRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  return [...rules.filter((r) => ruleKey(r) !== ruleKey(rule)), rule];
}

/** Without the rule for this site and field (field omitted: every rule of the site). */
export function withoutRules(rules: readonly SiteRule[], host: string, field?: RuleField): SiteRule[] {
  return rules.filter((r) => r.host !== host || (field !== undefined && r.field !== field));
}

/** The backup's rules added to those here, the backup's winning per site and field. */
export function mergeRules(existing: readonly SiteRule[], incoming: readonly SiteRule[]): SiteRule[] {
  let out = [...existing];
  for (const rule of incoming) out = withRule(out, rule);
  return out;
}

/** The rules of one host (exact hostname: www.example.nl and example.nl are taught apart). */
export function rulesOf(rules: readonly SiteRule[], host: string): SiteRule[] {
  return rules.filter((r) => r.host === host);
}

/** The rules by host, hosts in alphabetical order, each host's rules in the order of `ruleFields`. */
export function rulesByHost(rules: readonly SiteRule[], order: readonly RuleField[]): Array<[string, SiteRule[]]> {
  const hosts = [...new Set(rules.map((r) => r.host))].sort();
  return hosts.map((host) => [
    host,
    rules.filter((r) => r.host === host).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)),
  ]);
}
