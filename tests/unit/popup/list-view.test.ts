// The popup's three tabs split the saved listings: every listing in exactly one, the counts
// adding up to the total, a status change moving a listing to the tab that says so.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { popupListView, popupTabs, tabOf } from "../../../entrypoints/popup/list-view";
import { savedStatus } from "../../../lib/model/saved";
import { makeSaved } from "../storage/make-saved";

// Saturday 1 November 2025, 10:00 Dutch time.
const now = new Date("2025-11-01T10:00:00+01:00");
let n = 0;
const saved = (deadline: string | null, status: (typeof savedStatus.options)[number] = "bewaard", closed = false) =>
  makeSaved(
    { deadline, status: closed ? "closed" : "open", url: `https://opdrachten.example.com/opdracht/${++n}` },
    { status },
  );

describe("the popup's tabs", () => {
  it("puts each listing in the tab that names it", () => {
    expect(tabOf(saved("2025-11-12"), now)).toBe("todo");
    expect(tabOf(saved(null, "reageren"), now)).toBe("todo");
    expect(tabOf(saved("2025-11-12", "gereageerd"), now)).toBe("applied");
    // Waiting for an answer after the closing date is still "gereageerd".
    expect(tabOf(saved("2025-10-20", "gereageerd"), now)).toBe("applied");
    expect(tabOf(saved("2025-10-20"), now)).toBe("archive");
    expect(tabOf(saved(null, "bewaard", true), now)).toBe("archive");
    expect(tabOf(saved("2025-11-12", "afgewezen"), now)).toBe("archive");
    expect(tabOf(saved("2025-11-12", "gegund"), now)).toBe("archive");
  });

  it("counts add up to the number of saved listings, and each tab lists what it counts", () => {
    const deadline = fc.option(
      fc.integer({ min: -20, max: 40 }).map((d) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(deadline, fc.constantFrom(...savedStatus.options), fc.boolean()), { maxLength: 40 }),
        (plan) => {
          const list = plan.map(([d, status, closed]) => saved(d, status, closed));
          const views = popupTabs.map((tab) => popupListView(list, tab, now));
          const counts = views[0]!.counts;
          expect(counts.todo + counts.applied + counts.archive).toBe(list.length);
          popupTabs.forEach((tab, i) => expect(views[i]!.shown).toHaveLength(counts[tab]));
          const ids = views.flatMap((v) => v.shown.map((s) => s.id)).sort();
          expect(ids).toEqual(list.map((s) => s.id).sort());
        },
      ),
    );
  });

  it("counts the listings to do that close within a week", () => {
    const list = [
      saved("2025-11-01T17:00"),
      saved("2025-11-07"),
      saved("2025-11-08"),
      saved("2025-11-03", "gereageerd"),
    ];
    expect(popupListView(list, "todo", now).closingThisWeek).toBe(2);
  });

  it("keeps a listing whose status just moved it in view, in its place by date, without counting it twice", () => {
    const a = saved("2025-11-05");
    const b = { ...saved("2025-11-08"), status: "gereageerd" as const };
    const c = saved("2025-11-10");
    const view = popupListView([a, b, c], "todo", now, { keep: new Set([b.id]) });
    expect(view.shown.map((s) => s.id)).toEqual([a.id, b.id, c.id]);
    expect(view.counts).toEqual({ todo: 2, applied: 1, archive: 0 });
  });

  it("keeps a removed listing's place among equal closing dates, without counting it", () => {
    const same = [saved("2025-11-05"), saved("2025-11-05"), saved("2025-11-05")];
    const view = popupListView(same, "todo", now, { keep: new Set([same[1]!.id]), uncounted: same[1]!.id });
    expect(view.shown.map((s) => s.id)).toEqual(same.map((s) => s.id));
    expect(view.counts.todo).toBe(2);
  });
});
