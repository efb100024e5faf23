// The user's profile, in the shape of shared/profiles/README.md. Fields the README names are
// kept; `name` and `version` are optional additions. Nullable where a new user has not said yet.
import { z } from "zod";
import { isRecord } from "./is-record";
import {
  coerceCertificate,
  coerceEducation,
  coerceLanguage,
  coerceRole,
  lower,
  toHours,
  toIsoDay,
  toNumber,
  toPer,
  toStringList,
  type Problems,
} from "./profile-lenient";

export const educationLevel = z.enum(["mbo", "hbo", "wo"]);
export const degreeKind = z.enum(["bachelor", "master"]);
export const profileRatePer = z.enum(["hour", "day", "month"]);

export const roleSchema = z.object({
  title: z.string().min(1),
  years: z.number().min(0),
  sectors: z.array(z.string()).default([]),
  /** Last calendar year worked in this role; null when the user did not say. */
  lastYear: z.number().int().nullable().default(null),
});

export const educationSchema = z.object({
  level: educationLevel,
  degree: degreeKind.nullable().default(null),
  field: z.string().nullable().default(null),
  completed: z.boolean(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** A certificate or registration (Prince2, IPMA-C, BIG, VOG); without validUntil it does not expire. */
export const certificateSchema = z.object({
  name: z.string().trim().min(1),
  validUntil: isoDay.optional(),
});

/** CEFR levels, and "moedertaal" above them. */
export const languageLevel = z.enum(["A1", "A2", "B1", "B2", "C1", "C2", "moedertaal"]);

export const languageSchema = z.object({
  name: z.string().trim().min(1),
  level: languageLevel.optional(),
});

export const profileSchema = z.object({
  version: z.number().int().optional(),
  name: z.string().optional(),
  roles: z.array(roleSchema),
  education: z.array(educationSchema),
  skills: z.array(z.string()),
  hoursPerWeek: z.object({ min: z.number().min(0), max: z.number().min(0) }).nullable(),
  minRate: z.object({ amount: z.number().min(0), per: profileRatePer }).nullable(),
  regions: z.array(z.string()),
  availableFrom: isoDay.nullable(),
  /** Added for issue 18; optional so that profiles stored before still read. */
  certificates: z.array(certificateSchema).optional(),
  languages: z.array(languageSchema).optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Education = z.infer<typeof educationSchema>;
export type EducationLevel = z.infer<typeof educationLevel>;
export type Certificate = z.infer<typeof certificateSchema>;
export type Language = z.infer<typeof languageSchema>;
export type LanguageLevel = z.infer<typeof languageLevel>;

export function emptyProfile(): Profile {
  return {
    roles: [],
    education: [],
    skills: [],
    hoursPerWeek: null,
    minRate: null,
    regions: [],
    availableFrom: null,
  };
}

const knownFields = new Set(Object.keys(profileSchema.shape));

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "value"}: ${issue.message}` : "invalid";
}

/** Each item parsed on its own: a bad one is set aside and reported, the others kept. */
function readList<T>(
  raw: unknown,
  field: string,
  problems: Problems,
  coerce: (item: Record<string, unknown>, problems: Problems, at: string) => unknown,
  schema: z.ZodType<T>,
): T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${field}: not a list, ignored`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, i) => {
    const at = `${field}[${i}]`;
    const parsed = isRecord(item) ? schema.safeParse(coerce(item, problems, at)) : null;
    if (parsed?.success) out.push(parsed.data);
    else problems.push(`${at}: set aside (${parsed ? firstIssue(parsed.error) : "not an object"})`);
  });
  return out;
}

function readField<T>(raw: unknown, field: string, schema: z.ZodType<T>, fallback: T, problems: Problems): T {
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(`${field}: unreadable (${firstIssue(parsed.error)}), left empty`);
  return fallback;
}

/**
 * Reads a stored profile that may be old or partly corrupt: keeps every field that can be
 * read, sets aside (and reports) what cannot, never throws.
 */
export function readProfileLeniently(raw: unknown): { profile: Profile; problems: string[] } {
  const problems: Problems = [];
  const profile = emptyProfile();
  if (!isRecord(raw)) return { profile, problems: ["profile: not an object, started empty"] };
  const shape = profileSchema.shape;
  profile.roles = readList(raw.roles, "roles", problems, coerceRole, roleSchema);
  profile.education = readList(raw.education, "education", problems, coerceEducation, educationSchema);
  profile.skills = toStringList(raw.skills, "skills", problems);
  profile.regions = toStringList(raw.regions, "regions", problems);
  profile.hoursPerWeek = readField(toHours(raw.hoursPerWeek), "hoursPerWeek", shape.hoursPerWeek, null, problems);
  const rate = isRecord(raw.minRate)
    ? { amount: toNumber(raw.minRate.amount) ?? raw.minRate.amount, per: toPer(raw.minRate.per) }
    : raw.minRate;
  profile.minRate = readField(rate, "minRate", shape.minRate, null, problems);
  profile.availableFrom = readField(toIsoDay(raw.availableFrom), "availableFrom", shape.availableFrom, null, problems);
  if (raw.certificates !== undefined && raw.certificates !== null)
    profile.certificates = readList(raw.certificates, "certificates", problems, coerceCertificate, certificateSchema);
  if (raw.languages !== undefined && raw.languages !== null)
    profile.languages = readList(raw.languages, "languages", problems, coerceLanguage, languageSchema);
  const version = readField(toNumber(raw.version) ?? raw.version, "version", shape.version, undefined, problems);
  if (version !== undefined) profile.version = version;
  const name = readField(lower(raw.name) === "" ? undefined : raw.name, "name", shape.name, undefined, problems);
  if (name !== undefined) profile.name = name;
  for (const key of Object.keys(raw)) if (!knownFields.has(key)) problems.push(`${key}: unknown field, ignored`);
  return { profile, problems };
}
