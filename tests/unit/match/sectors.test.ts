import { describe, expect, it } from "vitest";
import { profileSectorIds, sectorVerdict } from "../../../lib/match/sectors";
import { profileWith, verdictOf } from "./helpers";

const ids = (...typed: string[]) => typed.flatMap(profileSectorIds);

describe("sector hierarchy", () => {
  it("counts gemeente, provincie, rijksoverheid and waterschap as overheid", () => {
    for (const s of ["gemeente", "provincie", "rijksoverheid", "waterschap"])
      expect(sectorVerdict("overheid", ids(s))).toBe("met");
  });

  it("knows G4 and G40 by city, and a named gemeente outside them", () => {
    expect(sectorVerdict("G4", ids("gemeente Rotterdam"))).toBe("met");
    expect(sectorVerdict("G40", ids("Gemeente Zwolle"))).toBe("met");
    expect(sectorVerdict("G4", ids("gemeente Zwolle"))).toBe("unmet");
    expect(sectorVerdict("G40", ids("gemeente Dronten"))).toBe("unmet");
    expect(sectorVerdict("gemeente", ids("gemeente Dronten"))).toBe("met");
  });

  it("is unknown when the profile is broader than the ask", () => {
    expect(sectorVerdict("G4", ids("gemeente"))).toBe("unknown");
    expect(sectorVerdict("gemeente", ids("overheid"))).toBe("unknown");
    expect(sectorVerdict("sociaal domein", ids("gemeente"))).toBe("unknown");
  });

  it("is unmet for unrelated sectors and unknown with none", () => {
    expect(sectorVerdict("overheid", ids("zorg", "onderwijs"))).toBe("unmet");
    expect(sectorVerdict("gemeente", ids("zorg"))).toBe("unmet");
    expect(sectorVerdict("overheid", [])).toBe("unknown");
  });

  it("reads jeugdzorg as both zorg and sociaal domein", () => {
    expect(sectorVerdict("zorg", ids("jeugdzorg"))).toBe("met");
    expect(sectorVerdict("sociaal domein", ids("jeugdzorg"))).toBe("met");
  });
});

describe("sector requirements", () => {
  const p = profileWith({ roles: [{ title: "adviseur", years: 6, sectors: ["provincie"], lastYear: 2025 }] });
  it("reads lists joined by of and en", () => {
    expect(verdictOf("Ervaring bij een gemeente, provincie of waterschap", p)).toBe("met");
    expect(verdictOf("Ervaring bij een gemeente en een provincie", p)).toBe("unmet");
    expect(verdictOf("Ervaring in een politiek-bestuurlijke omgeving", p)).toBe("met");
  });

  it("ignores a weighing sentence and a 'bij voorkeur' clause", () => {
    expect(verdictOf("Ervaring bij de overheid. Ervaring in de zorg wordt lager gewaardeerd.", p)).toBe("met");
    expect(verdictOf("Ervaring bij de overheid, bij voorkeur bij een waterschap", p)).toBe("met");
  });

  it("takes years per role in the sector", () => {
    expect(verdictOf("Minimaal 5 jaar ervaring binnen de overheid", p)).toBe("met");
    expect(verdictOf("Minimaal 7 jaar ervaring binnen de overheid", p)).toBe("unmet");
  });
});
