import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftToProfile, profileToDraft, type ProfileDraft } from "../../../lib/forms/profile-form";
import { emptyEducation, emptyRole } from "../../../lib/forms/profile-rows";
import { emptyProfile, profileSchema, type Profile } from "../../../lib/model/profile";
import { profilesDir } from "../../shared-folder";

const now = new Date("2025-11-01T10:00:00Z");
const exampleProfile = (name: string): Profile =>
  profileSchema.parse(JSON.parse(readFileSync(join(profilesDir, `${name}.json`), "utf8")));

function errorsOf(draft: ProfileDraft) {
  const result = draftToProfile(draft, now);
  return result.ok ? {} : result.errors;
}

describe("profile form round trip", () => {
  for (const name of ["senior-procesbegeleider", "projectleider-sociaal-domein"]) {
    it(`gives back ${name} unchanged`, () => {
      const profile = exampleProfile(name);
      const result = draftToProfile(profileToDraft(profile), now);
      expect(result).toEqual({ ok: true, value: profile });
    });
  }

  it("keeps name and version, which the form does not show", () => {
    const profile = { ...emptyProfile(), name: "Anna", version: 2 };
    const result = draftToProfile(profileToDraft(profile), now);
    expect(result.ok && result.value).toMatchObject({ name: "Anna", version: 2 });
  });

  it("shows dates as dd-mm-jjjj and numbers with a decimal comma", () => {
    const draft = profileToDraft({
      ...emptyProfile(),
      availableFrom: "2026-01-05",
      minRate: { amount: 92.5, per: "day" },
    });
    expect(draft.availableFrom).toBe("05-01-2026");
    expect(draft.rateAmount).toBe("92,5");
    expect(draft.ratePer).toBe("day");
  });

  it("reads an empty form as an empty profile", () => {
    expect(draftToProfile(profileToDraft(emptyProfile()), now)).toEqual({ ok: true, value: emptyProfile() });
  });
});

describe("profile form validation", () => {
  const base = () => profileToDraft(exampleProfile("senior-procesbegeleider"));

  it("reports min above max at the maximum field and returns no profile", () => {
    const result = draftToProfile({ ...base(), hoursMin: "40", hoursMax: "10" }, now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors["hoursPerWeek.max"]).toEqual({ key: "options_err_hours_order", subs: ["40"] });
    expect("value" in result).toBe(false);
  });

  it("asks for both hours or neither", () => {
    expect(errorsOf({ ...base(), hoursMin: "", hoursMax: "20" })["hoursPerWeek.min"]?.key).toBe(
      "options_err_hours_pair",
    );
    const neither = draftToProfile({ ...base(), hoursMin: "", hoursMax: "" }, now);
    expect(neither.ok && neither.value.hoursPerWeek).toBeNull();
  });

  it("names text where a number belongs, at that field", () => {
    const errors = errorsOf({ ...base(), rateAmount: "veel" });
    expect(Object.keys(errors)).toEqual(["minRate.amount"]);
    expect(errors["minRate.amount"]?.key).toBe("options_err_number");
  });

  it("reads Dutch numbers: decimal comma, thousands dot, a euro sign", () => {
    const result = draftToProfile({ ...base(), rateAmount: "€ 1.250", hoursMin: "2,5", hoursMax: "8" }, now);
    expect(result.ok && result.value.minRate).toEqual({ amount: 1250, per: "hour" });
    expect(result.ok && result.value.hoursPerWeek).toEqual({ min: 2.5, max: 8 });
  });

  it("rejects a date that does not exist and one in an unknown format", () => {
    expect(errorsOf({ ...base(), availableFrom: "31-02-2026" }).availableFrom?.key).toBe("options_err_date");
    expect(errorsOf({ ...base(), availableFrom: "volgende week" }).availableFrom?.key).toBe("options_err_date");
  });

  it("needs a title and years on a role, and a last year not after now", () => {
    const roles = [
      { ...emptyRole(), title: "", years: "3" },
      { ...emptyRole(), title: "adviseur", years: "", lastYear: "2031" },
    ];
    const errors = errorsOf({ ...base(), roles });
    expect(errors["roles.0.title"]?.key).toBe("options_err_required");
    expect(errors["roles.1.years"]?.key).toBe("options_err_required");
    expect(errors["roles.1.lastYear"]).toEqual({ key: "options_err_year", subs: [1950, 2025] });
  });

  it("drops a role row the user added and left blank", () => {
    const draft = base();
    const result = draftToProfile({ ...draft, roles: [...draft.roles, emptyRole()] }, now);
    expect(result.ok && result.value.roles).toHaveLength(draft.roles.length);
  });

  it("turns an empty degree and field into null", () => {
    const result = draftToProfile({ ...base(), education: [{ ...emptyEducation(), level: "mbo", field: "  " }] }, now);
    expect(result.ok && result.value.education).toEqual([{ level: "mbo", degree: null, field: null, completed: true }]);
  });

  it("collects every problem in one pass", () => {
    const errors = errorsOf({ ...base(), hoursMin: "x", rateAmount: "-5", availableFrom: "1-13-2026" });
    expect(Object.keys(errors).sort()).toEqual(["availableFrom", "hoursPerWeek.min", "minRate.amount"]);
  });
});
