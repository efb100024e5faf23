// The reminders before a deadline: "N dagen vooraf" and "op de dag zelf om HH:MM", each row
// with its own message and remove button.
import type { JSX } from "preact";
import { fieldId, type FieldErrors } from "../../lib/forms/field-error";
import { newLeadTime, type LeadTimeDraft } from "../../lib/forms/settings-form";
import { describedBy, FieldMessages } from "./Field";
import { useT } from "./lang";

type Props = { leads: LeadTimeDraft[]; errors: FieldErrors; onChange: (leads: LeadTimeDraft[]) => void };
type Input = JSX.TargetedEvent<HTMLInputElement>;

export function LeadTimesEditor({ leads, errors, onChange }: Props) {
  const tr = useT();
  const update = (index: number, value: string) =>
    onChange(
      leads.map((lead, i) =>
        i !== index ? lead : lead.kind === "before" ? { ...lead, days: value } : { ...lead, time: value },
      ),
    );
  const remove = (index: number) => onChange(leads.filter((_, i) => i !== index));

  return (
    <fieldset class="plain-fieldset" aria-describedby={errors.leadTimes ? `${fieldId("leadTimes")}-error` : undefined}>
      <legend>{tr("options_lead_times")}</legend>
      {leads.length === 0 && <p class="empty">{tr("options_leads_none")}</p>}
      <ul class="lead-list">
        {leads.map((lead, i) => {
          const path = `leadTimes.${i}`;
          const id = fieldId(path);
          const invalid = path in errors;
          const before = lead.kind === "before";
          return (
            <li key={lead.key} class="lead-row">
              <div class="lead-line">
                {!before && <label for={id}>{tr("options_lead_day_of")}</label>}
                <input
                  id={id}
                  type="text"
                  class={before ? "input-days" : "input-time"}
                  value={before ? lead.days : lead.time}
                  inputMode={before ? "numeric" : "text"}
                  aria-label={before ? `${tr("options_lead_legend", i + 1)}: ${tr("options_lead_before")}` : undefined}
                  aria-invalid={invalid ? "true" : undefined}
                  aria-describedby={describedBy(id, false, invalid)}
                  onInput={(e: Input) => update(i, e.currentTarget.value)}
                />
                {before && <span aria-hidden="true">{tr("options_lead_before")}</span>}
                <button
                  type="button"
                  class="icon-button"
                  aria-label={tr("options_lead_remove_label", i + 1)}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              </div>
              <FieldMessages id={id} errors={errors} path={path} />
            </li>
          );
        })}
      </ul>
      <FieldMessages id={fieldId("leadTimes")} errors={errors} path="leadTimes" />
      <div class="actions">
        <button
          type="button"
          class="button-secondary"
          onClick={() => onChange([...leads, newLeadTime("before", leads)])}
        >
          {tr("options_lead_add_before")}
        </button>
        <button
          type="button"
          class="button-secondary"
          onClick={() => onChange([...leads, newLeadTime("dayOf", leads)])}
        >
          {tr("options_lead_add_day_of")}
        </button>
      </div>
    </fieldset>
  );
}
