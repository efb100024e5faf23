// The fields a site rule can find and the caps on a rule, apart from site-rule.ts so that the
// reader (in the page) can use them without bundling zod.

/** What a rule can find: a fact of the listing, or the eisen (must) or wensen (nice) section. */
export const ruleFields = [
  "deadline",
  "rate",
  "hoursPerWeek",
  "startDate",
  "endDate",
  "client",
  "location",
  "must",
  "nice",
] as const;
export type RuleField = (typeof ruleFields)[number];

export const RULE_LIMITS = { label: 80, path: 8, sample: 200, rules: 500 } as const;
