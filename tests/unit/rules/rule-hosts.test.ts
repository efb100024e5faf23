// The hosts the user taught rules on get a marker script (lib/rules/rule-hosts.ts), and the first
// stage lets a page of such a host through when one of the rules' labels stands on it.
import { describe, expect, it } from "vitest";
import type { SiteRule } from "../../../lib/model/site-rule";
import { hasTaughtLabel } from "../../../lib/read/first-stage";
import { normalize } from "../../../lib/dutch/text";
import { ruleHostPlan, ruleHostScriptId, ruleHostsOf } from "../../../lib/rules/rule-hosts";
import { parseHtml } from "../interpret/parse-html";

const rule = (host: string, field: SiteRule["field"]): SiteRule => ({
  host,
  field,
  anchor: { label: "sluitingsdatum", labelTag: "dt", relation: "after", up: 1, path: [{ tag: "dd", role: null }] },
  sample: "12 dec 2025",
  createdAt: "2025-11-20T09:00:00.000Z",
});

describe("rule hosts", () => {
  it("lists each host with rules once", () => {
    expect(ruleHostsOf([rule("b.nl", "deadline"), rule("a.nl", "must"), rule("b.nl", "rate")])).toEqual([
      "a.nl",
      "b.nl",
    ]);
  });

  it("registers granted hosts not yet registered, unregisters its own scripts no longer wanted, leaves others alone", () => {
    const registered = [ruleHostScriptId("a.nl"), ruleHostScriptId("gone.nl"), "user-site:https://www.yacht.nl"];
    const plan = ruleHostPlan(["a.nl", "b.nl", "c.nl"], (host) => host !== "c.nl", registered);
    expect(plan).toEqual({ register: ["b.nl"], unregister: [ruleHostScriptId("gone.nl")] });
  });
});

describe("a taught label on the page", () => {
  const taught = [{ label: normalize("Laatste dag voor je cv"), labelTag: "strong" }];

  it("is found in an element of the rule's tag whose text starts with it", () => {
    const doc = parseHtml(`<p>Intro</p><div><strong>Laatste dag voor je CV:</strong> 12 december</div>`);
    expect(hasTaughtLabel(doc, taught)).toBe(true);
  });

  it("is found in a usual label tag too (a rule's tag may change), not in any other", () => {
    expect(hasTaughtLabel(parseHtml(`<dt>Laatste dag voor je cv</dt><dd>12 dec</dd>`), taught)).toBe(true);
    expect(hasTaughtLabel(parseHtml(`<span>Laatste dag voor je cv</span>`), taught)).toBe(false);
  });

  it("is not found in the middle of a text, or when the rules have no labels", () => {
    expect(hasTaughtLabel(parseHtml(`<strong>De laatste dag voor je cv</strong>`), taught)).toBe(false);
    expect(hasTaughtLabel(parseHtml(`<strong>Laatste dag voor je cv</strong>`), [])).toBe(false);
  });

  it("ignores a tag name that is not one, and looks at a bounded number of elements", () => {
    const doc = parseHtml(`<strong>Laatste dag voor je cv</strong>`);
    expect(hasTaughtLabel(doc, [{ label: "laatste", labelTag: "strong, *" }])).toBe(false);
    const many = parseHtml(`${"<strong>x</strong>".repeat(2500)}<strong>Laatste dag voor je cv</strong>`);
    expect(hasTaughtLabel(many, taught)).toBe(false);
  });
});
