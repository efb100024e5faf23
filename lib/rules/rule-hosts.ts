// The hosts the user taught rules on (issue 17) get a one-line content script of their own
// (entrypoints/rule-host) that marks their pages, so the first stage asks for the host's rules
// before it turns a page away: a site the user had to teach is one the first stage tends to miss.
import type { SiteRule } from "../model/site-rule";

export const RULE_HOST_SCRIPT_PREFIX = "rule-host:";

/** The file entrypoints/rule-host is built to. */
export const RULE_HOST_SCRIPT_FILE = "rule-host.js";

export const ruleHostScriptId = (host: string): string => RULE_HOST_SCRIPT_PREFIX + host;

/** The pages of a host, as a match pattern and as a permission (https only: rules come from https pages). */
export const ruleHostPattern = (host: string): string => `https://${host}/*`;

/** Each host with at least one rule, once, in order. */
export function ruleHostsOf(rules: readonly SiteRule[]): string[] {
  return [...new Set(rules.map((r) => r.host))].sort();
}

/**
 * What to register and unregister: one script per host with rules that the browser grants, none
 * for a host without rules (or whose permission went). Other scripts (the user's sites) are left alone.
 */
export function ruleHostPlan(
  hosts: readonly string[],
  granted: (host: string) => boolean,
  registered: readonly string[],
): { register: string[]; unregister: string[] } {
  const wanted = new Map(hosts.filter(granted).map((host) => [ruleHostScriptId(host), host]));
  const ours = registered.filter((id) => id.startsWith(RULE_HOST_SCRIPT_PREFIX));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([, host]) => host),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
