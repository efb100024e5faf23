// Field accuracy and requirement F1 over every fixture (shared seeds and tests/fixtures).
import { describe, expect, it } from "vitest";
import { extractListing } from "../../../lib/extract/listing";
import { parseHtml as parse } from "./parse-html";
import { checks, loadCases, requirementScore } from "./score";

const cases = [...loadCases("../shared/fixtures"), ...loadCases("tests/fixtures")];

describe("extractListing on the fixtures", () => {
  it("has fixtures to score", () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it("reaches field accuracy >= 0.97 and requirement F1 >= 0.95", () => {
    let ok = 0;
    let total = 0;
    const f1s: number[] = [];
    const misses: string[] = [];
    for (const c of cases) {
      const out = extractListing(parse(c.html), { url: c.url, now: new Date(c.now) }) as Record<string, unknown>;
      for (const [field, want] of Object.entries(c.expect)) {
        if (field === "requirements") continue;
        total++;
        if (checks[field]?.(out[field], want)) ok++;
        else misses.push(`${c.name}.${field}: want ${JSON.stringify(want)} got ${JSON.stringify(out[field])}`);
      }
      if (c.expect.requirements) {
        const s = requirementScore(out.requirements as { text: string; kind: string }[], c.expect.requirements);
        f1s.push(s.f1);
        if (s.f1 < 1) misses.push(`${c.name}.requirements: f1 ${s.f1.toFixed(2)}`);
      }
    }
    const accuracy = ok / total;
    const f1 = f1s.reduce((a, b) => a + b, 0) / Math.max(f1s.length, 1);
    if (accuracy < 0.97 || f1 < 0.95) console.log(misses.join("\n"));
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
