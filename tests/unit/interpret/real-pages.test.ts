// The real saved pages of ../shared/real-pages (public repositories' data: they stay outside
// this repository), scored as ../shared/tools/score-fixtures.mjs scores them. Nobody here chose
// their layouts, so this only guards against falling back; the floors go up as the extractor
// learns. Skipped, and says so, when the folder is not beside the repo.
import { describe, expect, it } from "vitest";
import { sharedPath, sharedPresent, skipNote } from "../../shared-folder";
import { loadCases, scoreCorpus } from "./score";

const REAL_PAGES = "real-pages";
const FIELD_FLOOR = 0.6;
const F1_FLOOR = 0.15;

describe.skipIf(!sharedPresent(REAL_PAGES))(`real pages${skipNote(REAL_PAGES)}`, () => {
  it(`keep field accuracy >= ${FIELD_FLOOR} and requirement F1 >= ${F1_FLOOR}`, () => {
    const cases = loadCases(sharedPath(REAL_PAGES));
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const score = scoreCorpus(cases);
    console.log(
      `real pages: ${cases.length} cases, field accuracy ${score.accuracy.toFixed(3)} (${score.passed}/${score.fields}), requirement F1 ${score.f1.toFixed(3)}`,
    );
    if (score.accuracy < FIELD_FLOOR || score.f1 < F1_FLOOR) console.log(score.misses.join("\n"));
    expect(score.accuracy).toBeGreaterThanOrEqual(FIELD_FLOOR);
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});
