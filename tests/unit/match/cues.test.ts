import { describe, expect, it } from "vitest";
import { profileWith, verdictOf } from "./helpers";

const p = profileWith({
  roles: [{ title: "projectleider", years: 8, sectors: ["gemeente"], lastYear: 2025 }],
  education: [{ level: "wo", degree: "master", field: null, completed: true }],
  skills: ["Scrum"],
});

describe("what a profile cannot tell", () => {
  it.each([
    "Lever een plan van aanpak aan van maximaal 3 pagina's",
    "Twee referenties van recente opdrachtgevers",
    "Je bent beschikbaar op 14 januari 2026",
    "In het bezit van een VOG",
    "Je bent bereid een screening te ondergaan",
    "Een korte motivatie",
    "Beschrijf een concreet voorbeeld van een vergelijkbare opdracht",
    "Je bent een stevige persoonlijkheid",
    "Uitstekende beheersing van de Nederlandse taal",
  ])("%s → unknown", (text) => expect(verdictOf(text, p)).toBe("unknown"));

  it("keeps an unmet part unmet next to a cue", () => {
    expect(verdictOf("Minimaal 10 jaar ervaring als projectleider; noem een concreet voorbeeld", p)).toBe("unmet");
    expect(verdictOf("Minimaal 5 jaar ervaring als projectleider; noem een concreet voorbeeld", p)).toBe("unknown");
  });

  it("judges each claim of a compound requirement", () => {
    expect(verdictOf("Je hebt een afgeronde wo-opleiding en hebt ruime ervaring als projectleider", p)).toBe("met");
    expect(verdictOf("Je hebt een afgeronde wo-opleiding en hebt ruime ervaring als teamcoach", p)).toBe("unmet");
  });
});

describe("negations", () => {
  it("reads 'niet vereist' as met", () => {
    expect(verdictOf("Ervaring met Prince2 is niet vereist", p)).toBe("met");
    expect(verdictOf("Geen hbo-diploma vereist", p)).toBe("met");
  });

  it("never calls an exclusion met, and unmet when the profile shows what is excluded", () => {
    expect(verdictOf("Je hebt geen ervaring als teamcoach", p)).toBe("unknown");
    expect(verdictOf("Je hebt geen ervaring als projectleider", p)).toBe("unmet");
  });
});
