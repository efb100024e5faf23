import { describe, expect, it } from "vitest";
import {
  applySettingsChange,
  draftToSettings,
  newLeadTime,
  settingsToDraft,
  type SettingsDraft,
} from "../../../lib/forms/settings-form";
import { defaultSettings, type Settings } from "../../../lib/model/settings";

function errorsOf(draft: SettingsDraft) {
  const result = draftToSettings(draft);
  return result.ok ? {} : result.errors;
}

describe("settings form", () => {
  it("gives back the settings it was made from", () => {
    const settings: Settings = {
      ...defaultSettings(),
      badgeWindowDays: 7,
      leadTimes: [
        { kind: "dayOf", time: "17:30" },
        { kind: "before", days: 5 },
      ],
      notifications: false,
      lang: "en",
    };
    const result = draftToSettings(settingsToDraft(settings));
    expect(result.ok && applySettingsChange(defaultSettings(), result.value)).toEqual({ ...settings });
  });

  it("reports a badge window out of range and a time that is not a time", () => {
    const draft = settingsToDraft(defaultSettings());
    draft.badgeWindowDays = "0";
    draft.leadTimes = [{ key: "t", kind: "dayOf", time: "25:00" }];
    const errors = errorsOf(draft);
    expect(errors.badgeWindowDays).toEqual({ key: "options_err_range", subs: [1, 60] });
    expect(errors["leadTimes.0"]?.key).toBe("options_err_time");
  });

  it("writes 9:00 as 09:00 and refuses the same reminder twice", () => {
    const draft = settingsToDraft(defaultSettings());
    draft.leadTimes = [{ key: "t", kind: "dayOf", time: "9:00" }];
    const ok = draftToSettings(draft);
    expect(ok.ok && ok.value.leadTimes).toEqual([{ kind: "dayOf", time: "09:00" }]);
    draft.leadTimes = [
      { key: "d", kind: "before", days: "3" },
      { key: "d", kind: "before", days: "3" },
    ];
    expect(errorsOf(draft)["leadTimes.1"]?.key).toBe("options_err_duplicate_lead");
  });

  it("offers a new reminder that is not in the list yet, so adding one never blocks saving", () => {
    const draft = settingsToDraft(defaultSettings());
    for (let i = 0; i < 3; i++) draft.leadTimes.push(newLeadTime(i % 2 ? "dayOf" : "before", draft.leadTimes));
    expect(draft.leadTimes).toHaveLength(defaultSettings().leadTimes.length + 3);
    expect(draftToSettings(draft).ok).toBe(true);
  });

  it("refuses more reminders than storage allows", () => {
    const draft = settingsToDraft(defaultSettings());
    draft.leadTimes = Array.from({ length: 11 }, (_, i) => ({
      key: `d${i}`,
      kind: "before" as const,
      days: String(i + 1),
    }));
    expect(errorsOf(draft).leadTimes?.key).toBe("options_err_too_many_leads");
  });

  it("changes only its own fields: sites switched off meanwhile are kept", () => {
    const panelSites = { "www.kbenp.nl": { open: true, corner: "top-left" as const } };
    const stored: Settings = { ...defaultSettings(), disabledSites: ["www.striive.com"], panelSites };
    const draft = settingsToDraft(defaultSettings());
    draft.notifications = false;
    const result = draftToSettings(draft);
    expect(result.ok).toBe(true);
    const next = result.ok ? applySettingsChange(stored, result.value) : stored;
    expect(next).toMatchObject({ disabledSites: ["www.striive.com"], panelSites, notifications: false });
  });
});
