// The content script reads a page in slices, handing the main thread back to the page in
// between: the reading must be the one read in one go, however often it pauses.
import { describe, expect, it } from "vitest";
import { readPage, readPageInSlices } from "../../../lib/read/reader";
import { fixturesDir } from "../../shared-folder";
import { loadCases } from "../interpret/score";
import { parseHtml } from "../interpret/parse-html";

const cases = loadCases(fixturesDir).filter((c) => c.id.includes("seed-") || c.id.startsWith("opdrachtoverheid/"));

describe("reading in slices", () => {
  for (const c of cases) {
    it(`${c.id}: the same reading and elements as in one go, pausing every chance it gets`, async () => {
      const doc = parseHtml(c.html);
      const whole = readPage(doc, c.url, { skipFirstStage: true });
      let pauses = 0;
      let now = 0;
      const sliced = await readPageInSlices(
        doc,
        c.url,
        { skipFirstStage: true },
        // A clock that jumps 1 ms per look: every check finds the slice used up.
        { sliceMs: 0, clock: () => (now += 1), pause: async () => void pauses++ },
      );
      expect(sliced.reading).toEqual(whole.reading);
      expect(sliced.elements).toEqual(whole.elements);
      expect(pauses).toBeGreaterThan(0);
      expect(sliced.workMs).toBeGreaterThan(0);
    });
  }

  it("does not pause while the slice lasts", async () => {
    const c = cases[0]!;
    let pauses = 0;
    await readPageInSlices(
      parseHtml(c.html),
      c.url,
      {},
      { sliceMs: 1e9, clock: () => 0, pause: async () => void pauses++ },
    );
    expect(pauses).toBe(0);
  });

  it("never throws: a page that breaks the reader mid-way reads as nothing", async () => {
    const doc = parseHtml("<main><h1>Adviseur</h1><ul><li>Eis</li></ul></main>");
    Object.defineProperty(doc.querySelector("ul")!, "childNodes", {
      get() {
        throw new Error("hostile getter");
      },
    });
    const read = await readPageInSlices(
      doc,
      "https://example.org/opdracht/1",
      { skipFirstStage: true },
      {
        sliceMs: 10,
        clock: () => 0,
        pause: async () => {},
      },
    );
    expect(read.reading.blocks).toEqual([]);
    expect(read.reading.probable).toBe(false);
  });
});
