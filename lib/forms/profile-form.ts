// The profile editor's state (what the inputs hold, all text) and the way back to a Profile.
// Saving is all or nothing: `draftToProfile` returns either a profile that passes
// `profileSchema` or a message per field, never a half-read profile.
import { profileSchema, type Profile } from "../model/profile";
import { formatDayInput, parseDayInput } from "./date-input";
import { fieldError, type FieldErrors, type FormResult } from "./field-error";
import { formatNumberInput, readNumber } from "./number-input";
import {
  educationToDraft,
  readEducation,
  readRoles,
  roleToDraft,
  type EducationDraft,
  type RoleDraft,
} from "./profile-rows";
import {
  certificateToDraft,
  credentialFieldOrder,
  languageToDraft,
  readCertificates,
  readLanguages,
  type CertificateDraft,
  type LanguageDraft,
} from "./profile-credentials";

export type RatePer = "hour" | "day" | "month";

export type ProfileDraft = {
  roles: RoleDraft[];
  education: EducationDraft[];
  skills: string[];
  certificates: CertificateDraft[];
  languages: LanguageDraft[];
  hoursMin: string;
  hoursMax: string;
  rateAmount: string;
  ratePer: RatePer;
  regions: string[];
  availableFrom: string;
  /** Fields the form does not edit, carried through unchanged. */
  kept: Pick<Profile, "name" | "version">;
};

export function profileToDraft(profile: Profile): ProfileDraft {
  const kept: ProfileDraft["kept"] = {};
  if (profile.name !== undefined) kept.name = profile.name;
  if (profile.version !== undefined) kept.version = profile.version;
  return {
    roles: profile.roles.map(roleToDraft),
    education: profile.education.map(educationToDraft),
    skills: [...profile.skills],
    certificates: (profile.certificates ?? []).map(certificateToDraft),
    languages: (profile.languages ?? []).map(languageToDraft),
    hoursMin: formatNumberInput(profile.hoursPerWeek?.min),
    hoursMax: formatNumberInput(profile.hoursPerWeek?.max),
    rateAmount: formatNumberInput(profile.minRate?.amount),
    ratePer: profile.minRate?.per ?? "hour",
    regions: [...profile.regions],
    availableFrom: formatDayInput(profile.availableFrom),
    kept,
  };
}

/** A week has 168 hours; anything above is a typo. */
const WEEK_HOURS = 168;

function readHours(draft: ProfileDraft, errors: FieldErrors): Profile["hoursPerWeek"] {
  const min = readNumber(draft.hoursMin, { min: 0, max: WEEK_HOURS });
  const max = readNumber(draft.hoursMax, { min: 0, max: WEEK_HOURS });
  if ("error" in min) errors["hoursPerWeek.min"] = min.error;
  if ("error" in max) errors["hoursPerWeek.max"] = max.error;
  if (!("value" in min) || !("value" in max)) return null;
  if (min.value === null && max.value === null) return null;
  if (min.value === null) errors["hoursPerWeek.min"] = fieldError("options_err_hours_pair");
  if (max.value === null) errors["hoursPerWeek.max"] = fieldError("options_err_hours_pair");
  if (min.value === null || max.value === null) return null;
  if (max.value < min.value)
    errors["hoursPerWeek.max"] = fieldError("options_err_hours_order", formatNumberInput(min.value));
  return { min: min.value, max: max.value };
}

function readRate(draft: ProfileDraft, errors: FieldErrors): Profile["minRate"] {
  const amount = readNumber(draft.rateAmount, { min: 0, max: 1_000_000 });
  if ("error" in amount) errors["minRate.amount"] = amount.error;
  return "value" in amount && amount.value !== null ? { amount: amount.value, per: draft.ratePer } : null;
}

function readAvailableFrom(draft: ProfileDraft, errors: FieldErrors): string | null {
  const day = parseDayInput(draft.availableFrom);
  if (day !== "invalid") return day;
  errors.availableFrom = fieldError("options_err_date");
  return null;
}

/** `now` bounds the "last year in this role" (it cannot lie in the future). */
export function draftToProfile(draft: ProfileDraft, now: Date): FormResult<Profile> {
  const errors: FieldErrors = {};
  const certificates = readCertificates(draft.certificates, errors);
  const languages = readLanguages(draft.languages, errors);
  const profile: Profile = {
    ...draft.kept,
    roles: readRoles(draft.roles, now, errors),
    education: readEducation(draft.education),
    skills: [...draft.skills],
    hoursPerWeek: readHours(draft, errors),
    minRate: readRate(draft, errors),
    regions: [...draft.regions],
    availableFrom: readAvailableFrom(draft, errors),
    ...(certificates.length > 0 ? { certificates } : {}),
    ...(languages.length > 0 ? { languages } : {}),
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The schema has the last word: a rule added there later still blocks a bad save.
  const checked = profileSchema.safeParse(profile);
  if (checked.success) return { ok: true, value: checked.data };
  for (const issue of checked.error.issues)
    errors[issue.path.join(".") || "form"] = fieldError("options_err_invalid", issue.message);
  return { ok: false, errors };
}

/** Field paths in the order they appear on the page. */
export function profileFieldOrder(draft: ProfileDraft): string[] {
  const roles = draft.roles.flatMap((_, i) => [`roles.${i}.title`, `roles.${i}.years`, `roles.${i}.lastYear`]);
  return [
    ...roles,
    ...credentialFieldOrder(draft.certificates, draft.languages),
    "hoursPerWeek.min",
    "hoursPerWeek.max",
    "minRate.amount",
    "availableFrom",
  ];
}
