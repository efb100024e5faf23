// The reminder settings as the form holds them, and the way back to Settings. The sites where
// the panel is off are not part of the draft: the page removes them one at a time straight in
// storage, because a tab may switch another site off while this form is open.
import { leadTimeId, settingsSchema, type LeadTime, type Settings } from "../model/settings";
import { fieldError, type FieldErrors, type FormResult } from "./field-error";
import { readNumber } from "./number-input";

export type LeadTimeDraft =
  { key: string; kind: "before"; days: string } | { key: string; kind: "dayOf"; time: string };

export type SettingsDraft = {
  badgeWindowDays: string;
  leadTimes: LeadTimeDraft[];
  notifications: boolean;
  lang: Settings["lang"];
};

/** The parts of Settings this form edits. */
export type SettingsChange = Pick<Settings, "badgeWindowDays" | "leadTimes" | "notifications" | "lang">;

let leadCount = 0;
function leadKey(): string {
  leadCount += 1;
  return `lead-${leadCount}`;
}

// Values offered for a new row, first one not yet in the list; so "add" never makes a duplicate.
const dayChoices = [2, 7, 5, 14, ...Array.from({ length: 60 }, (_, i) => i + 1)];
const timeChoices = ["09:00", "12:00", "17:00", "08:00", "13:00", "16:00"];

export function newLeadTime(kind: LeadTime["kind"], existing: readonly LeadTimeDraft[] = []): LeadTimeDraft {
  if (kind === "before") {
    const taken = new Set(existing.map((lead) => (lead.kind === "before" ? lead.days.trim() : "")));
    const days = dayChoices.find((d) => !taken.has(String(d))) ?? 1;
    return { key: leadKey(), kind, days: String(days) };
  }
  const taken = new Set(existing.map((lead) => (lead.kind === "dayOf" ? lead.time.trim() : "")));
  return { key: leadKey(), kind, time: timeChoices.find((t) => !taken.has(t)) ?? "09:00" };
}

export function settingsToDraft(settings: Settings): SettingsDraft {
  return {
    badgeWindowDays: String(settings.badgeWindowDays),
    leadTimes: settings.leadTimes.map((lead) =>
      lead.kind === "before"
        ? { key: leadKey(), kind: "before", days: String(lead.days) }
        : { key: leadKey(), ...lead },
    ),
    notifications: settings.notifications,
    lang: settings.lang,
  };
}

/** "9:00" and "0900" are read as 09:00; the stored form is always HH:MM. */
function readTime(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/** As many as settingsSchema allows (`.max(10)`). */
const MAX_LEAD_TIMES = 10;

function readLeadTimes(drafts: readonly LeadTimeDraft[], errors: FieldErrors): LeadTime[] {
  const leads: LeadTime[] = [];
  const seen = new Set<string>();
  drafts.forEach((draft, i) => {
    const at = `leadTimes.${i}`;
    let lead: LeadTime | null = null;
    if (draft.kind === "before") {
      const days = readNumber(draft.days, { min: 1, max: 60, whole: true, required: true });
      if ("error" in days) errors[at] = days.error;
      else lead = { kind: "before", days: days.value ?? 1 };
    } else {
      const time = readTime(draft.time);
      if (time === null) errors[at] = fieldError("options_err_time");
      else lead = { kind: "dayOf", time };
    }
    if (lead && seen.has(leadTimeId(lead))) errors[at] = fieldError("options_err_duplicate_lead");
    else if (lead) seen.add(leadTimeId(lead));
    if (lead) leads.push(lead);
  });
  if (drafts.length > MAX_LEAD_TIMES) errors.leadTimes = fieldError("options_err_too_many_leads", MAX_LEAD_TIMES);
  return leads;
}

export function draftToSettings(draft: SettingsDraft): FormResult<SettingsChange> {
  const errors: FieldErrors = {};
  const window = readNumber(draft.badgeWindowDays, { min: 1, max: 60, whole: true, required: true });
  if ("error" in window) errors.badgeWindowDays = window.error;
  const leadTimes = readLeadTimes(draft.leadTimes, errors);
  if (Object.keys(errors).length > 0 || !("value" in window)) return { ok: false, errors };
  const change = {
    badgeWindowDays: window.value ?? 1,
    leadTimes,
    notifications: draft.notifications,
    lang: draft.lang,
  };
  const checked = settingsSchema
    .pick({ badgeWindowDays: true, leadTimes: true, notifications: true, lang: true })
    .safeParse(change);
  if (checked.success) return { ok: true, value: checked.data };
  for (const issue of checked.error.issues)
    errors[issue.path.join(".") || "form"] = fieldError("options_err_invalid", issue.message);
  return { ok: false, errors };
}

/** The stored settings with the form's change applied; other fields (as stored now) kept. */
export function applySettingsChange(stored: Settings, change: SettingsChange): Settings {
  return { ...stored, ...change };
}

export function settingsFieldOrder(draft: SettingsDraft): string[] {
  return ["badgeWindowDays", ...draft.leadTimes.map((_, i) => `leadTimes.${i}`), "leadTimes"];
}
