import { describe, expect, it } from "vitest";
import type { Education } from "../../../lib/model/profile";
import { profileWith, verdictOf } from "./helpers";

const edu = (...education: Education[]) => profileWith({ education });
const hboDone: Education = { level: "hbo", degree: "bachelor", field: "bestuurskunde", completed: true };
const woMasterDone: Education = { level: "wo", degree: "master", field: "psychologie", completed: true };
const woBachelorDone: Education = { level: "wo", degree: "bachelor", field: null, completed: true };
const woUnfinished: Education = { level: "wo", degree: "master", field: null, completed: false };
const mboDone: Education = { level: "mbo", degree: null, field: null, completed: true };

describe("education levels", () => {
  it("lets wo meet hbo and a master meet a bachelor", () => {
    expect(verdictOf("Afgeronde hbo-opleiding", edu(woMasterDone))).toBe("met");
    expect(verdictOf("Minimaal hbo-bachelor", edu(woBachelorDone))).toBe("met");
    expect(verdictOf("Afgeronde wo-bachelor", edu(woMasterDone))).toBe("met");
  });

  it("does not count an unfinished degree", () => {
    expect(verdictOf("Afgeronde WO-opleiding", edu(hboDone, woUnfinished))).toBe("unmet");
    expect(verdictOf("Afgeronde masteropleiding", edu(hboDone, woUnfinished))).toBe("unmet");
  });

  it("calls a lower level unmet (mbo vs hbo, bachelor vs master)", () => {
    expect(verdictOf("Afgeronde hbo-opleiding", edu(mboDone))).toBe("unmet");
    expect(verdictOf("Afgeronde WO-master", edu(woBachelorDone))).toBe("unmet");
    expect(verdictOf("HBO-master", edu(hboDone))).toBe("unmet");
  });

  it("is unknown where levels do not compare or are not recorded", () => {
    expect(verdictOf("Minimaal hbo-master", edu(woBachelorDone))).toBe("unknown");
    expect(verdictOf("Minimaal mbo-niveau 4", edu(mboDone))).toBe("unknown");
    expect(verdictOf("Minimaal mbo-niveau 4", edu(hboDone))).toBe("met");
    expect(verdictOf("Afgeronde hbo-opleiding", profileWith({}))).toBe("unknown");
  });

  it("reads 'werk- en denkniveau' as met by the degree, else unknown, never unmet", () => {
    expect(verdictOf("WO werk- en denkniveau", edu(woMasterDone))).toBe("met");
    expect(verdictOf("WO werk- en denkniveau", edu(hboDone))).toBe("unknown");
    expect(verdictOf("Academisch werk- en denkniveau", edu(mboDone))).toBe("unknown");
  });

  it("checks a named field and leaves 'relevante' open", () => {
    expect(verdictOf("Afgeronde hbo-opleiding bestuurskunde", edu(hboDone))).toBe("met");
    expect(verdictOf("Afgeronde hbo-opleiding rechten", edu(hboDone))).toBe("unknown");
    expect(verdictOf("Afgeronde relevante hbo-opleiding", edu(hboDone))).toBe("unknown");
    expect(verdictOf("Afgeronde relevante hbo-opleiding", edu(mboDone))).toBe("unmet");
  });

  it("takes the lowest level of an either/or", () => {
    expect(verdictOf("Hbo- of wo-diploma", edu(hboDone))).toBe("met");
    expect(verdictOf("Hbo- of wo-diploma", edu(mboDone))).toBe("unmet");
  });
});
