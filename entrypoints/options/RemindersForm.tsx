// Reminder and display settings: badge window, lead times, notifications, language. Saving
// re-reads the stored settings and changes only these fields (lib/forms/settings-form).
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { updateSettings } from "../../lib/browser/items";
import { fieldId, firstErrorPath, type FieldErrors } from "../../lib/forms/field-error";
import {
  applySettingsChange,
  draftToSettings,
  settingsFieldOrder,
  settingsToDraft,
  type SettingsDraft,
} from "../../lib/forms/settings-form";
import type { Settings } from "../../lib/model/settings";
import { DisabledSites } from "./DisabledSites";
import { UserSites } from "./UserSites";
import { TextField } from "./Field";
import { useT } from "./lang";
import { LeadTimesEditor } from "./LeadTimesEditor";
import { ProblemList, SaveActions, type StatusMessage } from "./Status";

export type StoredSettings = { settings: Settings; problems: string[] };

const langs: Array<Settings["lang"]> = ["auto", "nl", "en"];

export function RemindersForm({ stored }: { stored: StoredSettings }) {
  const tr = useT();
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(stored.settings));
  const [dirty, setDirty] = useState(false);
  const [checked, setChecked] = useState(false);
  const [status, setStatus] = useState<StatusMessage>(null);

  useEffect(() => {
    if (!dirty) setDraft(settingsToDraft(stored.settings));
  }, [stored]);

  const result = draftToSettings(draft);
  const errors: FieldErrors = checked && !result.ok ? result.errors : {};
  const change = (part: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...part });
    setDirty(true);
  };

  const onSubmit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (!result.ok) {
      setStatus({ kind: "error", text: tr("options_not_saved", Object.keys(result.errors).length) });
      const first = firstErrorPath(result.errors, settingsFieldOrder(draft));
      if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
      return;
    }
    const { value } = result;
    await updateSettings((settings) => applySettingsChange(settings, value));
    setDirty(false);
    setChecked(false);
    setStatus({ kind: "ok", text: tr("options_saved") });
  };

  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{tr("options_reminders_heading")}</h2>
      {stored.problems.length > 0 && (
        <div class="notice notice-warning">
          <p>{tr("options_settings_problems")}</p>
          <ProblemList problems={stored.problems} />
        </div>
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          path="badgeWindowDays"
          label={`${tr("options_badge_window")} (${tr("options_days")})`}
          value={draft.badgeWindowDays}
          onInput={(badgeWindowDays) => change({ badgeWindowDays })}
          errors={errors}
          inputMode="numeric"
          class="field-narrow"
        />
        <LeadTimesEditor leads={draft.leadTimes} errors={errors} onChange={(leadTimes) => change({ leadTimes })} />
        <label class="check">
          <input
            type="checkbox"
            checked={draft.notifications}
            onChange={(e: JSX.TargetedEvent<HTMLInputElement>) => change({ notifications: e.currentTarget.checked })}
          />
          {tr("options_notifications")}
        </label>
        <div class="field field-narrow">
          <label for="field-lang">{tr("options_lang")}</label>
          <select
            id="field-lang"
            value={draft.lang}
            onChange={(e: JSX.TargetedEvent<HTMLSelectElement>) =>
              change({ lang: e.currentTarget.value as Settings["lang"] })
            }
          >
            {langs.map((lang) => (
              <option key={lang} value={lang}>
                {tr(`options_lang_${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <SaveActions dirty={dirty} status={status} />
      </form>
      <DisabledSites sites={stored.settings.disabledSites} />
      <UserSites />
    </section>
  );
}
