import { describe, expect, it } from "vitest";
import { topicGroups } from "../../../lib/match/parse-part";
import { profileWith, verdictOf } from "./helpers";

const p = profileWith({
  roles: [{ title: "projectleider", years: 6, sectors: ["gemeente"], lastYear: 2025 }],
  skills: ["Agile", "Prince2 Foundation", "verandermanagement", "Deep Democracy"],
});

describe("topics (skills and methods)", () => {
  it("groups lists by their last joining word", () => {
    expect(topicGroups("agile, scrum of safe")).toEqual([[["agile"], ["scrum"], ["safe"]]]);
    expect(topicGroups("agile, scrum en prince2")).toEqual([[["agile"]], [["scrum"]], [["prince2"]]]);
    expect(topicGroups("agile of scrum en lean")).toEqual([[["agile"], ["scrum"]], [["lean"]]]);
  });

  it("meets either/or with one, needs all of an en-list", () => {
    expect(verdictOf("Ervaring met Agile of Scrum", p)).toBe("met");
    expect(verdictOf("Ervaring met Agile en Scrum", p)).toBe("unknown");
    expect(verdictOf("Ervaring met Agile en Prince2", p)).toBe("met");
  });

  it("is never unmet on a skill the profile is silent on", () => {
    expect(verdictOf("Kennis van de Omgevingswet", p)).toBe("unknown");
    expect(verdictOf("Prince2 Practitioner gecertificeerd", p)).toBe("unknown");
  });

  it("knows synonyms and plurals", () => {
    expect(verdictOf("Ervaring met change management", p)).toBe("met");
    expect(verdictOf("Ervaring met veranderingstrajecten", p)).toBe("met");
    expect(verdictOf("Ervaring met Deep Democracy", p)).toBe("met");
  });

  it("does not count a skill for years or recency the profile does not record", () => {
    expect(verdictOf("Minimaal 3 jaar ervaring met verandermanagement", p)).toBe("unknown");
    expect(verdictOf("Ervaring met verandermanagement in de afgelopen 5 jaar", p)).toBe("unknown");
  });

  it("does not let a qualifier slip through ('integrale' visieontwikkeling)", () => {
    const v = profileWith({ skills: ["visieontwikkeling"] });
    expect(verdictOf("Ervaring met visieontwikkeling", v)).toBe("met");
    expect(verdictOf("Ervaring met integrale visieontwikkeling", v)).toBe("unknown");
  });

  it("shows an activity by the role that does it", () => {
    expect(verdictOf("Ervaring in projectmanagement", p)).toBe("met");
    expect(verdictOf("Ervaring met procesbegeleiding", p)).toBe("unknown");
  });
});
