// The content script's requests about the user's site rules (issue 17): the rules of the
// sender's host, and a rule taught there. The host is always the sender's, by the browser's word;
// the message (parsed whole in page-requests.ts) names only the field and the anchor.
import { currentTime } from "../../lib/browser/clock";
import { loadSiteRules, updateSiteRules } from "../../lib/browser/site-rules";
import type { RuleAnchor } from "../../lib/model/site-rule";
import type { RuleField } from "../../lib/model/site-rule-fields";
import type { SiteRulesReply } from "../../lib/protocol";
import type { PageSender } from "../../lib/protocol-schema";
import { rulesOf, withRule } from "../../lib/rules/stored";

export async function siteRulesFor(sender: PageSender): Promise<SiteRulesReply> {
  const { rules } = await loadSiteRules();
  return { rules: rulesOf(rules, sender.page.hostname).map(({ field, anchor }) => ({ field, anchor })) };
}

export async function saveSiteRule(
  sender: PageSender,
  { field, anchor, sample }: { field: RuleField; anchor: RuleAnchor; sample: string },
): Promise<void> {
  const createdAt = (await currentTime()).toISOString();
  const host = sender.page.hostname;
  await updateSiteRules((rules) => withRule(rules, { host, field, anchor, sample, createdAt }));
}
