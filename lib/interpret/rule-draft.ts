// The user's own rules (issue 17) as the interpreter's first tier: what each rule found is read as
// its field with the shared parsers and wins over the adapter's and the generic extractor's
// guesses; its provenance says "rule". A rule that found nothing, or text that does not read as
// its field, is a miss: the panel says so instead of falling back silently.
import type { Listing, ListingField, Requirement } from "../model/listing";
import type { PageReading, RuleReading } from "../model/page-reading";
import type { RuleField } from "../model/site-rule-fields";
import { clip } from "../dutch/text";
import type { Draft } from "./draft";
import { interpret } from "./fields";
import type { Page } from "./page";
import { readRequirements } from "./requirements";

export interface RuleDraft {
  draft: Draft;
  /** The eisen/wensen the rules' sections hold, and which kinds the rules decided. */
  requirements: Requirement[];
  kinds: Set<Requirement["kind"]>;
}

const isSection = (field: RuleField): field is "must" | "nice" => field === "must" || field === "nice";

export function draftFromRules(rules: readonly RuleReading[] | undefined, page: Page): RuleDraft {
  const draft: Draft = {};
  const requirements: Requirement[] = [];
  const kinds = new Set<Requirement["kind"]>();
  for (const rule of rules ?? []) {
    if (isSection(rule.field)) {
      const blocks = rule.blocks.flatMap((i) => page.blocks[i] ?? []);
      const found = readRequirements(blocks, rule.field);
      if (!found.length) continue;
      kinds.add(rule.field);
      requirements.push(...found);
      continue;
    }
    if (!rule.text) continue;
    const field: ListingField = rule.field;
    const values = interpret(field, rule.text, page.now, true, "", page.dates);
    const value = values[field];
    if (value === undefined || value === null) continue;
    (draft as Record<string, unknown>)[field] = {
      value,
      provenance: { tier: "rule", source: clip(rule.text), label: null, block: rule.blocks[0] ?? null },
    };
  }
  return { draft, requirements, kinds };
}

/**
 * The eisen and wensen: those of the kinds the user's rules decided come from the rules, the
 * other kinds from the page's own reading (minus items a rule's section already holds).
 */
export function withRuleRequirements(own: Requirement[], fromRules: RuleDraft): Requirement[] {
  if (!fromRules.kinds.size) return own;
  const taken = new Set(fromRules.requirements.map((r) => r.text));
  const rest = own.filter((r) => !fromRules.kinds.has(r.kind) && !taken.has(r.text));
  return [...fromRules.requirements, ...rest];
}

/** The rules of the reading that gave nothing usable on this page, in the reading's order. */
export function ruleMisses(reading: PageReading, listing: Listing): RuleField[] {
  const misses: RuleField[] = [];
  for (const rule of reading.rules ?? []) {
    if (isSection(rule.field)) {
      if (!listing.requirements.some((r) => r.kind === rule.field) || !rule.blocks.length) misses.push(rule.field);
    } else if (listing.provenance[rule.field]?.tier !== "rule") misses.push(rule.field);
  }
  return misses;
}
