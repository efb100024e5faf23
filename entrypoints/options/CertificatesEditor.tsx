// Certificates and registrations (Prince2, IPMA-C, BIG, VOG): a name and an optional valid-until
// date per row. The matcher calls an expired one unmet where a listing asks for a valid one.
import type { FieldErrors } from "../../lib/forms/field-error";
import { emptyCertificate, type CertificateDraft } from "../../lib/forms/profile-credentials";
import { TextField } from "./Field";
import { useT } from "./lang";

type Props = { rows: CertificateDraft[]; errors: FieldErrors; onChange: (rows: CertificateDraft[]) => void };

export function CertificatesEditor({ rows, errors, onChange }: Props) {
  const tr = useT();
  const update = (index: number, change: Partial<CertificateDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <div class="rows">
      {rows.length === 0 && <p class="empty">{tr("options_certificates_none")}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} class="row-card">
          <legend>{tr("options_certificate_legend", i + 1)}</legend>
          <div class="grid grid-credential">
            <TextField
              path={`certificates.${i}.name`}
              label={tr("options_certificate_name")}
              value={row.name}
              onInput={(name) => update(i, { name })}
              errors={errors}
            />
            <TextField
              path={`certificates.${i}.validUntil`}
              label={tr("options_certificate_valid_until")}
              value={row.validUntil}
              onInput={(validUntil) => update(i, { validUntil })}
              errors={errors}
              hint={tr("options_certificate_valid_until_hint")}
            />
          </div>
          <button
            type="button"
            class="button-quiet row-remove"
            aria-label={tr("options_certificate_remove_label", i + 1)}
            onClick={() => remove(i)}
          >
            {tr("options_role_remove")}
          </button>
        </fieldset>
      ))}
      <button type="button" class="button-secondary" onClick={() => onChange([...rows, emptyCertificate()])}>
        + {tr("options_certificate_add")}
      </button>
    </div>
  );
}
