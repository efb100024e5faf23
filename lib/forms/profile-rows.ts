// The repeatable rows of the profile form (roles, education) as the inputs hold them, and their
// validation. Each row carries a `key` so the page can keep focus and typed text on the right
// row when another row is removed.
import type { Education, EducationLevel, Role } from "../model/profile";
import { fieldError, type FieldErrors } from "./field-error";
import { formatNumberInput, readNumber } from "./number-input";

export type RoleDraft = { key: string; title: string; years: string; sectors: string[]; lastYear: string };
export type DegreeChoice = "bachelor" | "master" | "";
export type EducationDraft = {
  key: string;
  level: EducationLevel;
  degree: DegreeChoice;
  field: string;
  completed: boolean;
};

let rowCount = 0;
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export function emptyRole(): RoleDraft {
  return { key: newRowKey(), title: "", years: "", sectors: [], lastYear: "" };
}

export function emptyEducation(): EducationDraft {
  return { key: newRowKey(), level: "hbo", degree: "", field: "", completed: true };
}

export function roleToDraft(role: Role): RoleDraft {
  const lastYear = role.lastYear === null ? "" : String(role.lastYear);
  return {
    key: newRowKey(),
    title: role.title,
    years: formatNumberInput(role.years),
    sectors: [...role.sectors],
    lastYear,
  };
}

export function educationToDraft(education: Education): EducationDraft {
  const { level, degree, field, completed } = education;
  return { key: newRowKey(), level, degree: degree ?? "", field: field ?? "", completed };
}

/** A row the user added and left blank is dropped rather than reported. */
function isBlankRole(row: RoleDraft): boolean {
  return !row.title.trim() && !row.years.trim() && !row.lastYear.trim() && row.sectors.length === 0;
}

const EARLIEST_YEAR = 1950;

export function readRoles(rows: readonly RoleDraft[], now: Date, errors: FieldErrors): Role[] {
  const roles: Role[] = [];
  const thisYear = now.getUTCFullYear();
  rows.forEach((row, i) => {
    if (isBlankRole(row)) return;
    const at = `roles.${i}`;
    const title = row.title.trim().replace(/\s+/g, " ");
    if (!title) errors[`${at}.title`] = fieldError("options_err_required");
    const years = readNumber(row.years, { min: 0, max: 60, required: true });
    if ("error" in years) errors[`${at}.years`] = years.error;
    const lastYear = readNumber(row.lastYear, { min: EARLIEST_YEAR, max: thisYear, whole: true });
    if ("error" in lastYear) errors[`${at}.lastYear`] = fieldError("options_err_year", EARLIEST_YEAR, thisYear);
    if (title && "value" in years && "value" in lastYear) {
      roles.push({ title, years: years.value ?? 0, sectors: [...row.sectors], lastYear: lastYear.value });
    }
  });
  return roles;
}

export function readEducation(rows: readonly EducationDraft[]): Education[] {
  return rows.map((row) => ({
    level: row.level,
    degree: row.degree === "" ? null : row.degree,
    field: row.field.trim() || null,
    completed: row.completed,
  }));
}
