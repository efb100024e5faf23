// Languages with an optional level (A1 to C2, or moedertaal), one row each.
import type { JSX } from "preact";
import { fieldId, type FieldErrors } from "../../lib/forms/field-error";
import {
  emptyLanguage,
  LANGUAGE_LEVELS,
  type LanguageDraft,
  type LanguageLevelChoice,
} from "../../lib/forms/profile-credentials";
import { TextField } from "./Field";
import { useT } from "./lang";

type Props = { rows: LanguageDraft[]; errors: FieldErrors; onChange: (rows: LanguageDraft[]) => void };

export function LanguagesEditor({ rows, errors, onChange }: Props) {
  const tr = useT();
  const update = (index: number, change: Partial<LanguageDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <div class="rows">
      {rows.length === 0 && <p class="empty">{tr("options_languages_none")}</p>}
      {rows.map((row, i) => {
        const levelId = fieldId(`languages.${i}.level`);
        return (
          <fieldset key={row.key} class="row-card">
            <legend>{tr("options_language_legend", i + 1)}</legend>
            <div class="grid grid-credential">
              <TextField
                path={`languages.${i}.name`}
                label={tr("options_language_name")}
                value={row.name}
                onInput={(name) => update(i, { name })}
                errors={errors}
                placeholder={tr("options_language_placeholder")}
              />
              <div class="field">
                <label for={levelId}>{tr("options_language_level")}</label>
                <select
                  id={levelId}
                  value={row.level}
                  onChange={(e: JSX.TargetedEvent<HTMLSelectElement>) =>
                    update(i, { level: e.currentTarget.value as LanguageLevelChoice })
                  }
                >
                  {LANGUAGE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {level === ""
                        ? tr("options_language_level_none")
                        : level === "moedertaal"
                          ? tr("options_language_level_native")
                          : level}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button
              type="button"
              class="button-quiet row-remove"
              aria-label={tr("options_language_remove_label", i + 1)}
              onClick={() => remove(i)}
            >
              {tr("options_role_remove")}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button-secondary" onClick={() => onChange([...rows, emptyLanguage()])}>
        + {tr("options_language_add")}
      </button>
    </div>
  );
}
