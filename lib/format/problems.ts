// Problem lines ("roles[1]: set aside (title: Too small ...)") in the user's language. The lines
// are made where data is checked (lib/model, lib/storage) and some are stored as they were made
// (set-aside records), so they stay plain English there and are worded here, when shown. zod's
// own messages come in the language set by lib/i18n/zod-locale.ts at the time of the check.
import { t, type Lang } from "../i18n/t";

/** A readable name for the start of a path in a stored or imported profile ("roles[1]" → "Rol 2"). */
export type PathNamer = (path: string, lang: Lang) => string;

type Rule = { re: RegExp; key: string; detail?: number[] };

// The phrasings of lib/model/profile*.ts, lib/storage/{repair,issues,saved-layout,set-aside,backup}.ts.
// Order matters: the more specific first. `$1` is always the path.
const rules: Rule[] = [
  { re: /^profile: not an object, started empty$/, key: "problem_profile_not_object" },
  { re: /^(.+?): set aside \((.*)\)$/s, key: "problem_set_aside", detail: [2] },
  { re: /^(.+?): unreadable \((.*)\), left empty$/s, key: "problem_unreadable", detail: [2] },
  { re: /^(.+?): not a list, ignored$/, key: "problem_not_list" },
  { re: /^(.+?): not a text, set aside$/, key: "problem_not_text" },
  { re: /^(.+?): missing or unreadable, taken as not completed$/, key: "problem_completed_unknown" },
  { re: /^(.+?): unknown field, ignored$/, key: "problem_unknown_field" },
  { re: /^(.+?): (not an object|not valid JSON), defaults used$/, key: "problem_defaults_used", detail: [2] },
  { re: /^(.+), default used$/s, key: "problem_default_used", detail: [1] },
  { re: /^(.+?): not valid JSON \((.*)\)$/s, key: "problem_not_json_detail" },
  { re: /^(.+?): not valid JSON$/, key: "problem_not_json" },
  { re: /^(.+?): not an http\(s\) address$/, key: "problem_not_web_address" },
  { re: /^(.+?): duplicate id (.*)$/s, key: "problem_duplicate_id" },
  { re: /^(.+?): (.*) is not the listing's key (.*)$/s, key: "problem_wrong_key" },
  { re: /^(.+?): holds the listing (.*)$/s, key: "problem_holds_other" },
  { re: /^(.+?): not a set-aside record, kept as found$/, key: "problem_not_set_aside" },
  { re: /^(.+?): not a list, kept as found$/, key: "problem_not_list_kept" },
  { re: /^(.+?): not a list or record of saved listings$/, key: "problem_not_saved_list" },
];

/** Words inside a detail that the checks write themselves (zod's own messages are already localised). */
function detailText(detail: string, lang: Lang): string {
  if (detail === "not an object") return t(lang, "problem_not_object");
  if (detail === "not valid JSON") return t(lang, "problem_json_word");
  if (detail === "invalid") return t(lang, "problem_invalid");
  return detail
    .replace(/^value: /, `${t(lang, "problem_value")}: `)
    .replaceAll("made by a newer version of Opdrachtradar", t(lang, "problem_newer_version"));
}

function pathText(path: string, lang: Lang, namePath?: PathNamer): string {
  if (path === "(top)") return t(lang, "problem_top");
  return namePath ? namePath(path, lang) : path;
}

/** One problem line, worded in `lang`; a line of an unknown shape is shown as it is. */
export function problemText(line: string, lang: Lang, namePath?: PathNamer): string {
  for (const rule of rules) {
    const m = rule.re.exec(line);
    if (!m) continue;
    const subs = m.slice(1).map((part, i) => {
      if (i === 0 && !rule.detail?.includes(1)) return pathText(part, lang, namePath);
      return rule.detail?.includes(i + 1) ? detailText(part, lang) : part;
    });
    return t(lang, rule.key, ...subs);
  }
  // "path: zod message" lines (formatIssues); several joined by "; " for one set-aside record.
  return line
    .split("; ")
    .map((part) => {
      const at = part.indexOf(": ");
      if (at < 0) return detailText(part, lang);
      return `${pathText(part.slice(0, at), lang, namePath)}: ${detailText(part.slice(at + 2), lang)}`;
    })
    .join("; ");
}

/**
 * The fields of a profile by the names the options page gives them: "roles[1]" → "Rol 2",
 * "hoursPerWeek" → "Uren per week". Other paths stay as they are.
 */
export const profilePathNamer: PathNamer = (path, lang) => {
  const row = /^(roles|education)\[(\d+)\]$/.exec(path);
  if (row) return t(lang, row[1] === "roles" ? "options_role_legend" : "options_education_legend", Number(row[2]) + 1);
  const key = profileFieldKeys[path];
  return key ? t(lang, key) : path;
};

const profileFieldKeys: Record<string, string> = {
  roles: "options_roles_heading",
  education: "options_education_heading",
  skills: "options_skills_heading",
  hoursPerWeek: "options_hours_legend",
  minRate: "options_rate_legend",
  availableFrom: "options_available_from",
  regions: "options_regions_short",
};
