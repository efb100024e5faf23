// The rule hosts' marker scripts on WXT's fakeBrowser (lib/browser/rule-hosts.ts): registered
// where the user taught rules and the browser grants the host, gone with the host's last rule or
// its permission, the user's own sites' scripts untouched; scripting and permissions faked in
// ./fake-scripting.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ensureRuleHostScripts } from "../../lib/browser/rule-hosts";
import { updateSiteRules } from "../../lib/browser/site-rules";
import type { SiteRule } from "../../lib/model/site-rule";
import { RULE_HOST_SCRIPT_FILE, ruleHostScriptId } from "../../lib/rules/rule-hosts";
import { fakeScriptingAndPermissions, type FakeScript } from "./fake-scripting";

let registered: Map<string, FakeScript>;
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  ({ registered, granted } = fakeScriptingAndPermissions());
});

const rule = (host: string, field: SiteRule["field"]): SiteRule => ({
  host,
  field,
  anchor: { label: "laatste dag voor je cv", labelTag: "strong", relation: "after", up: 1, path: [] },
  sample: "12 dec 2025",
  createdAt: "2025-11-20T09:00:00.000Z",
});

describe("the rule hosts' marker scripts", () => {
  it("registers one per granted host with rules, at document_start, kept across sessions", async () => {
    granted.add("https://www.hoofdkraan.nl/*");
    registered.set("user-site:https://www.yacht.nl", { id: "user-site:https://www.yacht.nl", matches: [], js: [] });
    await updateSiteRules(() => [
      rule("www.hoofdkraan.nl", "deadline"),
      rule("www.hoofdkraan.nl", "must"),
      rule("not-granted.nl", "deadline"),
    ]);
    await ensureRuleHostScripts();
    expect(registered.get(ruleHostScriptId("www.hoofdkraan.nl"))).toEqual({
      id: ruleHostScriptId("www.hoofdkraan.nl"),
      matches: ["https://www.hoofdkraan.nl/*"],
      js: [RULE_HOST_SCRIPT_FILE],
      runAt: "document_start",
      persistAcrossSessions: true,
    });
    expect([...registered.keys()].sort()).toEqual([
      ruleHostScriptId("www.hoofdkraan.nl"),
      "user-site:https://www.yacht.nl",
    ]);
  });

  it("is not registered twice when two runs overlap, and goes with the host's last rule", async () => {
    granted.add("https://www.hoofdkraan.nl/*");
    await updateSiteRules(() => [rule("www.hoofdkraan.nl", "deadline")]);
    await Promise.all([ensureRuleHostScripts(), ensureRuleHostScripts()]);
    expect([...registered.keys()]).toEqual([ruleHostScriptId("www.hoofdkraan.nl")]);
    await updateSiteRules(() => []);
    await ensureRuleHostScripts();
    expect([...registered.keys()]).toEqual([]);
  });

  it("goes when the browser takes the host's permission back", async () => {
    granted.add("https://www.hoofdkraan.nl/*");
    await updateSiteRules(() => [rule("www.hoofdkraan.nl", "deadline")]);
    await ensureRuleHostScripts();
    granted.clear();
    await ensureRuleHostScripts();
    expect([...registered.keys()]).toEqual([]);
  });
});
