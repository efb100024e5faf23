// The user's own rules for a site ("Wijs aan op de pagina", issue 17): where on that site's
// pages a field stands, taught by pointing at it once. A rule is anchored on the label before the
// value ("Sluitingsdatum", "Reageren voor") and a short class-free path of tags from that label,
// never on a chain of nth-child steps, so it survives small layout changes. Rules come from a
// hostile page (the anchor is read there) and from storage and backups: every one is checked
// whole with these schemas, with caps on every string and list.
import { z } from "zod";
import { RULE_LIMITS, ruleFields } from "./site-rule-fields";

export { RULE_LIMITS, ruleFields, type RuleField } from "./site-rule-fields";

const tagName = z
  .string()
  .max(20)
  .regex(/^[a-z][a-z0-9-]*$/, "a tag name");
const role = z
  .string()
  .max(30)
  .regex(/^[a-z]+$/, "an ARIA role")
  .nullable();

/** One step down from an ancestor of the label to the value: a tag and its role, no classes, no index. */
export const pathStepSchema = z.object({ tag: tagName, role }).strict();
export type PathStep = z.infer<typeof pathStepSchema>;

export const ruleAnchorSchema = z
  .object({
    /** The label's text, normalised (lib/dutch/text normalize): "sluitingsdatum". */
    label: z.string().min(1).max(RULE_LIMITS.label),
    /** The label as the page wrote it ("Laatste dag voor je cv"), for the options list. */
    shown: z.string().max(RULE_LIMITS.label).optional(),
    /** The tag the label stood in ("dt", "strong", "h3"); looked at first, not required. */
    labelTag: tagName,
    /**
     * "after": the value follows the label (a <dd> after its <dt>, a list after its heading);
     * "inside": the label stands at the start of the value's own element ("<p><b>Sluit:</b> 12 dec</p>").
     */
    relation: z.enum(["after", "inside"]),
    /** How many levels up from the label to the ancestor the path starts at (0: the label itself). */
    up: z.number().int().min(0).max(RULE_LIMITS.path),
    /** From that ancestor down to the value. */
    path: z.array(pathStepSchema).max(RULE_LIMITS.path),
  })
  .strict();
export type RuleAnchor = z.infer<typeof ruleAnchorSchema>;

/** A hostname as a URL gives it (lower case, punycode). */
export const ruleHostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/, "a hostname");

export const siteRuleSchema = z
  .object({
    host: ruleHostSchema,
    field: z.enum(ruleFields),
    anchor: ruleAnchorSchema,
    /** What the value read when the rule was taught, for the options list ("12 december 2025"). */
    sample: z.string().max(RULE_LIMITS.sample),
    /** When it was taught (ISO). */
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type SiteRule = z.infer<typeof siteRuleSchema>;

/** One rule per site and field: a new one for the same field replaces the old. */
export function ruleKey(rule: Pick<SiteRule, "host" | "field">): string {
  return `${rule.host} ${rule.field}`;
}
