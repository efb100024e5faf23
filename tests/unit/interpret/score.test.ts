// Field accuracy and requirement F1 over the fixture corpus as a whole (tests/fixtures, the seed
// pages included), counted as ../shared/tools/score-fixtures.mjs counts them. The per-field
// picture, with the known misses, is tests/unit/fixtures/fixtures.test.ts; this is the floor.
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../../shared-folder";
import { loadCases, scoreCorpus } from "./score";

// Measured 0.93 and 0.73 on 39 cases (the fixture set grew past the seeds); raise them as
// fixes land.
const FIELD_FLOOR = 0.9;
const F1_FLOOR = 0.65;

const cases = loadCases(fixturesDir);

describe("extractListing over the fixture corpus", () => {
  it("has fixtures to score, the five seed pages among them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => /(^|\/)seed-[^/]+$/.test(c.id))).toHaveLength(5);
  });

  it(`reaches field accuracy >= ${FIELD_FLOOR} and requirement F1 >= ${F1_FLOOR}`, () => {
    const score = scoreCorpus(cases);
    console.log(
      `fixtures: ${cases.length} cases, field accuracy ${score.accuracy.toFixed(3)} (${score.passed}/${score.fields}), requirement F1 ${score.f1.toFixed(3)}`,
    );
    if (score.accuracy < FIELD_FLOOR || score.f1 < F1_FLOOR) console.log(score.misses.join("\n"));
    expect(score.accuracy).toBeGreaterThanOrEqual(FIELD_FLOOR);
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});
