// Work experience: one fieldset per role, rows added and removed by the user.
import type { FieldErrors } from "../../lib/forms/field-error";
import { emptyRole, type RoleDraft } from "../../lib/forms/profile-rows";
import { TextField } from "./Field";
import { useT } from "./lang";
import { TagInput } from "./TagInput";

type Props = { roles: RoleDraft[]; errors: FieldErrors; onChange: (roles: RoleDraft[]) => void };

export function RolesEditor({ roles, errors, onChange }: Props) {
  const tr = useT();
  const update = (index: number, change: Partial<RoleDraft>) =>
    onChange(roles.map((role, i) => (i === index ? { ...role, ...change } : role)));
  const remove = (index: number) => onChange(roles.filter((_, i) => i !== index));

  return (
    <div class="rows">
      {roles.length === 0 && <p class="empty">{tr("options_roles_none")}</p>}
      {roles.map((role, i) => (
        <fieldset key={role.key} class="row-card">
          <legend>{tr("options_role_legend", i + 1)}</legend>
          <div class="grid grid-role">
            <TextField
              path={`roles.${i}.title`}
              label={tr("options_role_title")}
              value={role.title}
              onInput={(title) => update(i, { title })}
              errors={errors}
              class="span-wide"
            />
            <TextField
              path={`roles.${i}.years`}
              label={tr("options_role_years")}
              value={role.years}
              onInput={(years) => update(i, { years })}
              errors={errors}
              inputMode="decimal"
            />
            <TextField
              path={`roles.${i}.lastYear`}
              label={tr("options_role_last_year")}
              value={role.lastYear}
              onInput={(lastYear) => update(i, { lastYear })}
              errors={errors}
              inputMode="numeric"
            />
          </div>
          <TagInput
            path={`roles.${i}.sectors`}
            label={tr("options_role_sectors")}
            tags={role.sectors}
            onChange={(sectors) => update(i, { sectors })}
            sharedHintId="roles-hint"
          />
          <button
            type="button"
            class="button-quiet row-remove"
            aria-label={tr("options_role_remove_label", i + 1)}
            onClick={() => remove(i)}
          >
            {tr("options_role_remove")}
          </button>
        </fieldset>
      ))}
      <button type="button" class="button-secondary" onClick={() => onChange([...roles, emptyRole()])}>
        + {tr("options_role_add")}
      </button>
    </div>
  );
}
