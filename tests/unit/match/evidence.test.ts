// Per verdict, what in the profile it rests on, quoted in the user's language.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchRequirement } from "../../../lib/match/matcher";
import { profileSchema } from "../../../lib/model/profile";
import { profilesDir } from "../../shared-folder";

const jurist = profileSchema.parse(JSON.parse(readFileSync(join(profilesDir, "jurist-ict.json"), "utf8")));
const now = new Date("2025-11-20T10:00:00+01:00");
const evidence = (text: string, lang: "nl" | "en" = "nl") =>
  matchRequirement({ id: "r", text, kind: "must", label: null, weight: null }, jurist, { now, lang }).evidence;

describe("evidence", () => {
  it("quotes a role with its years, last year and sectors", () => {
    expect(evidence("Minimaal 5 jaar ervaring als jurist omgevingsrecht bij een gemeente")).toContain(
      "jurist omgevingsrecht, 7 jaar, laatst in 2025 (gemeente, provincie)",
    );
    expect(evidence("Minimaal 4 jaar ervaring als ICT-projectleider", "en")).toContain(
      "ICT-projectleider, 4 years, last in 2022",
    );
  });
  it("quotes a certificate with its valid-until date, also when it has expired", () => {
    expect(evidence("In het bezit van een geldig Prince2 Practitioner certificaat")).toEqual([
      "Certificaat: Prince2 Practitioner, geldig tot 1 mrt 2027",
    ]);
    expect(evidence("In het bezit van een geldig IPMA-C certificaat", "en")).toEqual([
      "Certificate: IPMA-C, valid until 30 Jun 2024",
    ]);
  });
  it("quotes the degree, the skill, the hours, the start date, the rate and the language", () => {
    expect(evidence("Een afgeronde hbo-opleiding")).toEqual(["Opleiding: wo master Nederlands recht (afgerond)"]);
    expect(evidence("Ervaring met contractmanagement")).toEqual(["Vaardigheid: contract management"]);
    expect(evidence("Beschikbaar vanaf 15 december voor 24 tot 32 uur per week")).toEqual([
      "Beschikbaar: 24–32 uur per week",
      "Vrij vanaf 1 dec 2025",
    ]);
    expect(evidence("Maximaal uurtarief: €97,50")).toEqual(["Minimumtarief: €\u00a095 per uur"]);
    expect(evidence("Engels op minimaal C1-niveau", "en")).toEqual(["Language: Engels (C1)"]);
  });
  it("is absent where the profile says nothing on it", () => {
    expect(evidence("Ervaring met Scrum")).toBeUndefined();
  });
});
