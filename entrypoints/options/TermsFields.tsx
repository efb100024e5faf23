// Hours per week (minimum–maximum) and the minimum rate (amount per hour/day/month), each pair
// grouped under its own legend so the labels stay short.
import type { JSX } from "preact";
import type { FieldErrors } from "../../lib/forms/field-error";
import type { ProfileDraft, RatePer } from "../../lib/forms/profile-form";
import { TextField } from "./Field";
import { useT } from "./lang";

type Props = { draft: ProfileDraft; errors: FieldErrors; onChange: (part: Partial<ProfileDraft>) => void };

const ratePers: RatePer[] = ["hour", "day", "month"];

export function TermsFields({ draft, errors, onChange }: Props) {
  const tr = useT();
  const onPer = (e: JSX.TargetedEvent<HTMLSelectElement>) => onChange({ ratePer: e.currentTarget.value as RatePer });
  return (
    <div class="grid grid-terms">
      <fieldset class="plain-fieldset">
        <legend>{tr("options_hours_legend")}</legend>
        <div class="grid grid-pair">
          <TextField
            path="hoursPerWeek.min"
            label={tr("options_min")}
            value={draft.hoursMin}
            onInput={(hoursMin) => onChange({ hoursMin })}
            errors={errors}
            inputMode="decimal"
          />
          <TextField
            path="hoursPerWeek.max"
            label={tr("options_max")}
            value={draft.hoursMax}
            onInput={(hoursMax) => onChange({ hoursMax })}
            errors={errors}
            inputMode="decimal"
          />
        </div>
      </fieldset>
      <fieldset class="plain-fieldset">
        <legend>{tr("options_rate_legend")}</legend>
        <div class="grid grid-pair">
          <TextField
            path="minRate.amount"
            label={tr("options_rate_amount")}
            value={draft.rateAmount}
            onInput={(rateAmount) => onChange({ rateAmount })}
            errors={errors}
            inputMode="decimal"
          />
          <div class="field">
            <label for="field-minRate-per">{tr("options_rate_per")}</label>
            <select id="field-minRate-per" value={draft.ratePer} onChange={onPer}>
              {ratePers.map((per) => (
                <option key={per} value={per}>
                  {tr(`options_per_${per}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
