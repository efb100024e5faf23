// The rule hosts' content scripts in the browser (lib/rules/rule-hosts.ts): registered with
// scripting.registerContentScripts where the browser grants the host, kept in line with the
// stored rules (the worker calls `ensureRuleHostScripts` when they change, on start-up and on
// install/update: Firefox may not keep registrations across restarts).
import { browser } from "wxt/browser";
import {
  RULE_HOST_SCRIPT_FILE,
  ruleHostPattern,
  ruleHostPlan,
  ruleHostScriptId,
  ruleHostsOf,
} from "../rules/rule-hosts";
import { loadSiteRules } from "./site-rules";

/** Brings the registrations in line with the rules; one run at a time in this context. */
export function ensureRuleHostScripts(): Promise<void> {
  const run = ensuring.then(ensureNow, ensureNow);
  ensuring = run.catch(() => undefined);
  return run;
}
let ensuring: Promise<unknown> = Promise.resolve();

async function ensureNow(): Promise<void> {
  const hosts = ruleHostsOf((await loadSiteRules()).rules);
  const allowed = new Set<string>();
  for (const host of hosts) {
    const ok = await browser.permissions.contains({ origins: [ruleHostPattern(host)] }).catch(() => false);
    if (ok) allowed.add(host);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  const plan = ruleHostPlan(hosts, (host) => allowed.has(host), registered);
  // Each alone: one failure must not keep the others away.
  for (const id of plan.unregister)
    await browser.scripting.unregisterContentScripts({ ids: [id] }).catch((error: unknown) => {
      console.warn("[opdrachtradar] unregister", id, error);
    });
  for (const host of plan.register)
    await browser.scripting
      .registerContentScripts([
        {
          id: ruleHostScriptId(host),
          matches: [ruleHostPattern(host)],
          js: [RULE_HOST_SCRIPT_FILE],
          // Before the first stage (document_idle) looks at the page.
          runAt: "document_start",
          persistAcrossSessions: true,
        },
      ])
      .catch((error: unknown) => {
        console.warn("[opdrachtradar] register", host, error);
      });
}
