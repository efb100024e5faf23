// The drafted substantiation (lib/response/draft-text.ts): built from what in the profile the
// requirement names, in the user's language; a neutral start with gaps where the profile says
// nothing on it; facts only, never a claim that the requirement is met.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftSubstantiation } from "../../../lib/response/draft-text";
import { emptyProfile, profileSchema, type Profile } from "../../../lib/model/profile";
import { profilesDir } from "../../shared-folder";

const example = (name: string): Profile =>
  profileSchema.parse(JSON.parse(readFileSync(join(profilesDir, `${name}.json`), "utf8")));
const senior = example("senior-procesbegeleider");
const draft = (text: string, profile: Profile = senior, lang: "nl" | "en" = "nl") =>
  draftSubstantiation({ text }, profile, lang);

describe("drafted substantiation", () => {
  it("quotes the role the eis names: years, the last year, its sectors, in Dutch and English", () => {
    const eis = "Minimaal 15 jaar ervaring als procesbegeleider bij teamontwikkeling op topdirectieniveau.";
    expect(draft(eis)).toEqual({
      text:
        "Ik heb 17 jaar ervaring als procesbegeleider, laatst in 2025, bij gemeenten, de rijksoverheid en provincies. " +
        "Ik heb ervaring met teamontwikkeling en topdirectie.",
      fromProfile: true,
    });
    expect(draft(eis, senior, "en").text).toBe(
      "I have 17 years of experience as procesbegeleider, most recently in 2025, at municipalities, central government and provinces. " +
        "I have experience with teamontwikkeling and topdirectie.",
    );
  });

  it("names only the sectors the requirement asks about, and the roles that worked there when it names no role", () => {
    const text = draft("Ervaring bij een gemeente is een pré.").text;
    expect(text).toContain("als procesbegeleider, laatst in 2025, bij gemeenten.");
    expect(text).toContain("als teamcoach, laatst in 2024, bij gemeenten.");
    expect(text).not.toContain("rijksoverheid");
    expect(text).not.toContain("organisatieadviseur");
    // Zorg: the organisatieadviseur (zorg, onderwijs), not the procesbegeleider.
    expect(draft("Ervaring in de zorg").text).toBe(
      "Ik heb 6 jaar ervaring als organisatieadviseur, laatst in 2016, bij de zorg.",
    );
  });

  it("answers education, availability and rate from the profile", () => {
    expect(draft("Afgeronde hbo-opleiding").text).toBe(
      "Ik heb afgeronde opleidingen: wo-master bestuurskunde en hbo-bachelor toegepaste psychologie.",
    );
    expect(draft("Je bent per direct beschikbaar voor 16 uur per week").text).toBe(
      "Ik ben beschikbaar vanaf 15 nov 2025, 4–16 uur per week.",
    );
    expect(draft("Het tarief is inclusief reiskosten", senior, "en").text).toBe("My rate is €140 per hour.");
    // An unfinished degree is not quoted as one: only the completed mbo.
    expect(draft("Afgeronde hbo-opleiding", example("hbo-onafgerond")).text).toBe(
      "Ik heb een afgeronde mbo juridisch medewerker.",
    );
  });

  it("starts neutrally, with gaps to fill, where the profile says nothing on the requirement", () => {
    const start = draft(
      "Twee concrete opdrachten uit de afgelopen vijf jaar die vergelijkbaar zijn met deze opdracht.",
    );
    expect(start.fromProfile).toBe(false);
    expect(start.text).toContain("…");
    expect(draft("Ervaring als procesbegeleider", emptyProfile()).fromProfile).toBe(false);
    expect(draft("Kennis van Deep Democracy", emptyProfile(), "en").text).toBe(
      "In my assignment at … (from … to …) I …",
    );
  });

  it("states facts only: a profile short of the eis is quoted as it is, never as meeting it", () => {
    const ten = example("procesbegeleider-10-jaar");
    const text = draft("Minimaal 15 jaar ervaring als procesbegeleider", ten).text;
    expect(text).toBe("Ik heb 10 jaar ervaring als procesbegeleider, laatst in 2025, bij gemeenten.");
    expect(text).not.toMatch(/voldoe|15/);
  });

  it("finds a title by its head word and a skill only at a word's start", () => {
    const profile: Profile = {
      ...emptyProfile(),
      roles: [{ title: "Senior projectleider", years: 8, sectors: [], lastYear: null }],
      skills: ["BIM"],
    };
    expect(draft("Ervaring als projectleider in de bouw", profile).text).toBe(
      "Ik heb 8 jaar ervaring als Senior projectleider.",
    );
    expect(draft("Ervaring met ambimodellen", profile).fromProfile).toBe(false);
  });
});
