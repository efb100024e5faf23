// The user's own site rules (issue 17), per site: what each finds, at which label, what it read
// last time it was taught; remove one, or all of a site. Loads and watches the rules itself; each
// removal is a change by the one writer, so a rule taught in a tab meanwhile is kept.
import { useEffect, useState } from "preact/hooks";
import { loadSiteRules, updateSiteRules, watchSiteRules } from "../../lib/browser/site-rules";
import type { SiteRule } from "../../lib/model/site-rule";
import { ruleFields, type RuleField } from "../../lib/model/site-rule-fields";
import { rulesByHost, withoutRules } from "../../lib/rules/stored";
import { useT } from "./lang";
import { Status, type StatusMessage } from "./Status";

export function SiteRules() {
  const tr = useT();
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<StatusMessage>(null);

  useEffect(() => {
    const reload = () =>
      void loadSiteRules().then(({ rules: found, problems: bad }) => {
        setRules(found);
        setProblems(bad);
      });
    reload();
    return watchSiteRules(reload);
  }, []);

  const name = (field: RuleField) => tr(`teach_field_${field}`);
  const remove = async (host: string, field?: RuleField) => {
    await updateSiteRules((all) => withoutRules(all, host, field));
    setStatus({
      kind: "ok",
      text: field ? tr("options_rules_removed", name(field), host) : tr("options_rules_removed_site", host),
    });
  };

  if (rules === null) return null;
  const byHost = rulesByHost(rules, ruleFields);
  return (
    <section class="card" aria-labelledby="rules-heading" id="site-rules">
      <h2 id="rules-heading">{tr("options_rules_heading")}</h2>
      <p class="intro">{tr("options_rules_intro")}</p>
      {problems.length > 0 && (
        <p class="notice notice-warning" role="alert">
          {tr("options_rules_problems", problems.join("; "))}
        </p>
      )}
      {byHost.length === 0 ? (
        <p class="empty">{tr("options_rules_none")}</p>
      ) : (
        byHost.map(([host, own]) => (
          <div class="rule-site" key={host}>
            <div class="rule-site-head">
              <h3 class="site">{host}</h3>
              <button
                type="button"
                class="button-secondary"
                aria-label={tr("options_rules_remove_site_label", host)}
                onClick={() => remove(host)}
              >
                {tr("options_rules_remove_site")}
              </button>
            </div>
            <ul class="site-list rule-list">
              {own.map((rule) => (
                <li key={rule.field}>
                  <span class="rule-text">
                    <span class="rule-field">{tr(`teach_button_${rule.field}`)}</span>{" "}
                    <span class="rule-label">{tr("options_rules_label", rule.anchor.shown ?? rule.anchor.label)}</span>
                    {rule.sample ? <span class="rule-sample">{tr("options_rules_sample", rule.sample)}</span> : null}
                  </span>
                  <button
                    type="button"
                    class="button-secondary"
                    aria-label={tr("options_rules_remove_label", name(rule.field), host)}
                    onClick={() => remove(host, rule.field)}
                  >
                    {tr("options_rules_remove")}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <Status message={status} />
    </section>
  );
}
