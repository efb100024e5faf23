import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alsoElsewhere,
  closesThisWeek,
  elsewhereIndex,
  isArchived,
  isOpen,
  savedView,
  sortByDeadline,
} from "../../../lib/listings/saved-view";
import { newSavedListing, savedStatus } from "../../../lib/model/saved";
import { makeSaved, seedListing } from "../storage/make-saved";

// Saturday 1 November 2025, 10:00 Dutch time (the KB&P seed's moment).
const now = new Date("2025-11-01T10:00:00+01:00");
let n = 0;
const saved = (
  deadline: string | null,
  extra: Parameters<typeof makeSaved>[1] = {},
  fields: Parameters<typeof makeSaved>[0] = {},
) => makeSaved({ deadline, url: `https://opdrachten.example.com/opdracht/${++n}`, ...fields }, extra);

describe("the archive rule", () => {
  it("keeps a listing whose deadline is still ahead", () => {
    expect(isArchived(saved("2025-11-12"), now)).toBe(false);
  });

  it("archives a listing whose deadline has passed, to the minute for a deadline with a time", () => {
    expect(isArchived(saved("2025-10-31"), now)).toBe(true);
    expect(isArchived(saved("2025-11-01T09:59"), now)).toBe(true);
    expect(isArchived(saved("2025-11-01T10:01"), now)).toBe(false);
  });

  it("keeps a date-only deadline open until the end of that Dutch day", () => {
    expect(isArchived(saved("2025-11-01"), now)).toBe(false);
    expect(isArchived(saved("2025-11-01"), new Date("2025-11-01T23:59:00+01:00"))).toBe(false);
    expect(isArchived(saved("2025-11-01"), new Date("2025-11-02T00:00:00+01:00"))).toBe(true);
  });

  it("archives a listing the page calls closed, even without a deadline", () => {
    expect(isArchived(saved(null, {}, { status: "closed" }), now)).toBe(true);
  });

  it("archives rejected and awarded listings, keeps the other statuses", () => {
    const archivedBy = savedStatus.options.filter((status) => isArchived(saved("2025-12-01", { status }), now));
    expect(archivedBy).toEqual(["afgewezen", "gegund"]);
  });
});

describe("the filters", () => {
  it("counts as open only what still asks a response of the user", () => {
    expect(isOpen(saved("2025-11-12"), now)).toBe(true);
    expect(isOpen(saved(null), now)).toBe(true);
    expect(isOpen(saved("2025-11-12", { status: "reageren" }), now)).toBe(true);
    expect(isOpen(saved("2025-11-12", { status: "gereageerd" }), now)).toBe(false);
    expect(isOpen(saved("2025-10-20"), now)).toBe(false);
  });

  it("closing this week: today up to six days ahead, in Dutch calendar days", () => {
    expect(closesThisWeek(saved("2025-11-01T18:00"), now)).toBe(true);
    expect(closesThisWeek(saved("2025-11-07"), now)).toBe(true);
    expect(closesThisWeek(saved("2025-11-08"), now)).toBe(false);
    expect(closesThisWeek(saved(null), now)).toBe(false);
    expect(closesThisWeek(saved("2025-11-03", { status: "gereageerd" }), now)).toBe(false);
  });

  it("splits the list into shown and archive, with counts per filter", () => {
    const list = [
      saved("2025-11-20"),
      saved("2025-11-03"),
      saved(null),
      saved("2025-11-05", { status: "gereageerd" }),
      saved("2025-10-01"),
      saved("2025-11-04", { status: "afgewezen" }),
    ];
    const [later, soon, noDeadline, applied, past, rejected] = list;
    const open = savedView(list, "open", now);
    expect(open.shown).toEqual([soon, later, noDeadline]);
    expect(open.archive).toEqual([rejected, past]);
    expect(open.counts).toEqual({ open: 3, week: 1, all: 4 });
    expect(savedView(list, "week", now).shown).toEqual([soon]);
    expect(savedView(list, "all", now).shown).toEqual([soon, applied, later, noDeadline]);
  });

  it("puts every listing in exactly one of: shown under 'all', archive (property)", () => {
    const day = fc
      .integer({ min: -40, max: 40 })
      .map((d) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10));
    const record = fc.record({
      deadline: fc.option(day, { nil: null }),
      status: fc.constantFrom(...savedStatus.options),
      closed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const list = records.map((r) =>
          saved(r.deadline, { status: r.status }, { status: r.closed ? "closed" : "open" }),
        );
        const view = savedView(list, "all", now);
        expect(view.shown.length + view.archive.length).toBe(list.length);
        expect(new Set([...view.shown, ...view.archive]).size).toBe(list.length);
        expect(view.counts.week).toBeLessThanOrEqual(view.counts.open);
        expect(view.counts.open).toBeLessThanOrEqual(view.counts.all);
      }),
    );
  });
});

describe("the order", () => {
  it("sorts by the deadline's instant, a time on the same day before the day's end, no deadline last", () => {
    const a = saved("2025-11-10");
    const b = saved("2025-11-10T12:00");
    const c = saved(null);
    const d = saved("2025-11-02");
    expect(sortByDeadline([a, b, c, d])).toEqual([d, b, a, c]);
  });

  it("sorts the archive the most recent first, still with no deadline last", () => {
    const a = saved("2025-10-01");
    const b = saved("2025-10-20");
    const c = saved(null, {}, { status: "closed" });
    expect(sortByDeadline([c, a, b], true)).toEqual([b, a, c]);
  });

  it("orders equal deadlines by the most recently saved first, and leaves its input alone", () => {
    const older = makeSaved({ url: "https://x.nl/1" }, {}, new Date("2025-10-01T09:00:00Z"));
    const newer = makeSaved({ url: "https://x.nl/2" }, {}, new Date("2025-10-02T09:00:00Z"));
    const input = [older, newer];
    expect(sortByDeadline(input)).toEqual([newer, older]);
    expect(input).toEqual([older, newer]);
  });
});

describe("the same assignment elsewhere", () => {
  const kbenp = seedListing("seed-kbenp-utrecht", "KB&P");
  const bijOranje = seedListing("seed-bijoranje-utrecht", "Bij Oranje");
  const zoetermeer = seedListing("seed-generic-zoetermeer", "Example");
  const list = [kbenp, bijOranje, zoetermeer].map((l) => newSavedListing(l, now));

  it("finds the other broker's listing, never the listing itself", () => {
    expect(alsoElsewhere(kbenp, list)).toEqual([bijOranje]);
    expect(alsoElsewhere(bijOranje, list)).toEqual([kbenp]);
    expect(alsoElsewhere(zoetermeer, list)).toEqual([]);
  });

  it("does not call a second page of the same broker 'elsewhere'", () => {
    const repost = { ...bijOranje, url: `${bijOranje.url}repost`, site: "KB&P" };
    expect(alsoElsewhere(kbenp, [...list, newSavedListing(repost, now)])).toEqual([bijOranje]);
    expect(alsoElsewhere(bijOranje, [...list, newSavedListing(repost, now)])).toEqual([kbenp, repost]);
  });

  it("gives the same answers from the per-client index the popup uses", () => {
    const repost = { ...bijOranje, url: `${bijOranje.url}repost`, site: "KB&P" };
    const all = [...list, newSavedListing(repost, now)];
    const index = elsewhereIndex(all);
    for (const listing of [kbenp, bijOranje, zoetermeer, repost]) {
      expect(index(listing)).toEqual(alsoElsewhere(listing, all));
    }
  });
});
