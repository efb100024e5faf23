// Education: level, degree, field of study and whether it was completed, one fieldset per row.
import type { JSX } from "preact";
import { fieldId } from "../../lib/forms/field-error";
import { emptyEducation, type DegreeChoice, type EducationDraft } from "../../lib/forms/profile-rows";
import type { EducationLevel } from "../../lib/model/profile";
import { useT } from "./lang";

type Props = { rows: EducationDraft[]; onChange: (rows: EducationDraft[]) => void };

const levels: EducationLevel[] = ["mbo", "hbo", "wo"];
const degrees: DegreeChoice[] = ["", "bachelor", "master"];

type Select = JSX.TargetedEvent<HTMLSelectElement>;

export function EducationEditor({ rows, onChange }: Props) {
  const tr = useT();
  const update = (index: number, change: Partial<EducationDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <div class="rows">
      {rows.length === 0 && <p class="empty">{tr("options_education_none")}</p>}
      {rows.map((row, i) => {
        const id = (name: string) => fieldId(`education.${i}.${name}`);
        return (
          <fieldset key={row.key} class="row-card">
            <legend>{tr("options_education_legend", i + 1)}</legend>
            <div class="grid grid-education">
              <div class="field">
                <label for={id("level")}>{tr("options_education_level")}</label>
                <select
                  id={id("level")}
                  value={row.level}
                  onChange={(e: Select) => update(i, { level: e.currentTarget.value as EducationLevel })}
                >
                  {levels.map((level) => (
                    <option key={level} value={level}>
                      {level.toUpperCase()}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={id("degree")}>{tr("options_education_degree")}</label>
                <select
                  id={id("degree")}
                  value={row.degree}
                  onChange={(e: Select) => update(i, { degree: e.currentTarget.value as DegreeChoice })}
                >
                  {degrees.map((degree) => (
                    <option key={degree} value={degree}>
                      {tr(`options_degree_${degree || "none"}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field span-wide">
                <label for={id("field")}>{tr("options_education_field")}</label>
                <input
                  id={id("field")}
                  type="text"
                  value={row.field}
                  onInput={(e: JSX.TargetedEvent<HTMLInputElement>) => update(i, { field: e.currentTarget.value })}
                />
              </div>
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={row.completed}
                onChange={(e: JSX.TargetedEvent<HTMLInputElement>) => update(i, { completed: e.currentTarget.checked })}
              />
              {tr("options_education_completed")}
            </label>
            <button
              type="button"
              class="button-quiet row-remove"
              aria-label={tr("options_education_remove_label", i + 1)}
              onClick={() => remove(i)}
            >
              {tr("options_role_remove")}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button-secondary" onClick={() => onChange([...rows, emptyEducation()])}>
        + {tr("options_education_add")}
      </button>
    </div>
  );
}
