import { describe, expect, it } from "vitest";
import { explainSameAssignment, findSameAssignment, isSameAssignment } from "../../../lib/listings/same-assignment";
import { makeListing, seedListing } from "../storage/make-saved";

const bijOranje = seedListing("seed-bijoranje-utrecht", "Bij Oranje");
const kbenp = seedListing("seed-kbenp-utrecht", "KB&P");
const zoetermeerGeneric = seedListing("seed-generic-zoetermeer", "Example");
const zoetermeerYc = seedListing("seed-youngcapital-zoetermeer", "YoungCapital");

describe("same assignment on several brokers", () => {
  it("links the Utrecht assignment on Bij Oranje and KB&P, both ways", () => {
    expect(isSameAssignment(bijOranje, kbenp)).toBe(true);
    expect(isSameAssignment(kbenp, bijOranje)).toBe(true);
    expect(explainSameAssignment(bijOranje, kbenp)).toEqual({
      client: "gemeente utrecht",
      titleSimilarity: 1,
      deadlineGapDays: 0,
    });
  });

  it("finds the other broker's listing among the saved ones", () => {
    const found = findSameAssignment(kbenp, [zoetermeerGeneric, bijOranje, zoetermeerYc, kbenp]);
    expect(found.map((f) => f.other)).toEqual([bijOranje]);
  });

  it("does not link the two Zoetermeer seeds (same client, different roles)", () => {
    expect(isSameAssignment(zoetermeerGeneric, zoetermeerYc)).toBe(false);
  });

  it("does not link a listing with itself (same page)", () => {
    expect(isSameAssignment(kbenp, { ...kbenp, rate: null })).toBe(false);
  });

  it("does not link the same client with a different role", () => {
    const other = {
      ...kbenp,
      url: "https://x.nl/2",
      title: "Beleidsadviseur leiderschap & ontwikkeling Gemeente Utrecht",
    };
    expect(isSameAssignment(bijOranje, other)).toBe(false);
  });

  it("does not link short titles that differ only in the role", () => {
    const a = makeListing({ url: "https://a.nl/1", title: "Projectleider sociaal domein" });
    const b = makeListing({ url: "https://b.nl/1", title: "Beleidsadviseur sociaal domein" });
    expect(isSameAssignment(a, b)).toBe(false);
  });

  it("does not link the same title at a different client", () => {
    const other = { ...kbenp, client: "Gemeente Amersfoort", location: "Amersfoort", title: kbenp.title };
    expect(isSameAssignment(bijOranje, other)).toBe(false);
  });

  it("does not link when one side has no client", () => {
    expect(isSameAssignment(bijOranje, { ...kbenp, client: null })).toBe(false);
  });

  it("does not link the same title and client with deadlines a year apart", () => {
    expect(isSameAssignment(bijOranje, { ...kbenp, deadline: "2026-11-12", published: null, startDate: null })).toBe(
      false,
    );
  });

  it("does not link a re-run published a year later, even without deadlines", () => {
    const lastYear = { ...bijOranje, deadline: null, published: "2024-10-31" };
    expect(isSameAssignment(lastYear, { ...kbenp, deadline: null })).toBe(false);
  });

  it("tolerates a broker's earlier internal deadline and a missing one", () => {
    expect(isSameAssignment(bijOranje, { ...kbenp, deadline: "2025-11-10T12:00" })).toBe(true);
    expect(isSameAssignment(bijOranje, { ...kbenp, deadline: null })).toBe(true);
  });

  it("ignores case, accents, seniority and hours in titles and client names", () => {
    const a = makeListing({
      url: "https://a.nl/1",
      title: "Senior Projectleider Sociaal Domein",
      client: "Gemeente Den Haag",
    });
    const b = makeListing({
      url: "https://b.nl/1",
      title: "projectleider sociaal domein (32 uur) - gemeente den haag",
      client: "gemeente  den haag",
    });
    expect(isSameAssignment(a, b)).toBe(true);
  });

  it("does not link when the places contradict", () => {
    const a = makeListing({ url: "https://a.nl/1", client: "Rijkswaterstaat", location: "Utrecht" });
    const b = makeListing({ url: "https://b.nl/1", client: "Rijkswaterstaat", location: "Middelburg" });
    expect(isSameAssignment(a, b)).toBe(false);
    expect(isSameAssignment(a, { ...b, location: null })).toBe(true);
  });
});
