// The profile editor. The form holds text; Save checks the whole form (lib/forms/profile-form)
// and writes only a profile that passes the schema. After a failed save the messages follow
// the user's typing, so a fixed field loses its message at once.
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { saveProfile } from "../../lib/browser/items";
import { currentTime } from "../../lib/browser/clock";
import { fieldId, firstErrorPath, type FieldErrors } from "../../lib/forms/field-error";
import { draftToProfile, profileFieldOrder, profileToDraft, type ProfileDraft } from "../../lib/forms/profile-form";
import { profilePathNamer } from "../../lib/format/problems";
import { emptyProfile, type Profile } from "../../lib/model/profile";
import { CertificatesEditor } from "./CertificatesEditor";
import { EducationEditor } from "./EducationEditor";
import { LanguagesEditor } from "./LanguagesEditor";
import { TextField } from "./Field";
import { useT } from "./lang";
import { ProfileFile } from "./ProfileFile";
import { RolesEditor } from "./RolesEditor";
import { ProblemList, SaveActions, type StatusMessage } from "./Status";
import { TagInput } from "./TagInput";
import { TermsFields } from "./TermsFields";

export type StoredProfile = { profile: Profile | null; problems: string[] };

export function ProfileForm({ stored, now }: { stored: StoredProfile; now: Date }) {
  const tr = useT();
  const [draft, setDraft] = useState<ProfileDraft>(() => profileToDraft(stored.profile ?? emptyProfile()));
  const [dirty, setDirty] = useState(false);
  const [checked, setChecked] = useState(false);
  const [status, setStatus] = useState<StatusMessage>(null);

  // Storage changed (a save here, an import, another page): show it unless the user is editing.
  useEffect(() => {
    if (!dirty) setDraft(profileToDraft(stored.profile ?? emptyProfile()));
  }, [stored]);

  const errors: FieldErrors = checked ? validate(draft, now) : {};
  const change = (part: Partial<ProfileDraft>) => {
    setDraft({ ...draft, ...part });
    setDirty(true);
  };

  /** The whole form as a profile, or null after showing the messages and moving focus there. */
  const checkForm = async (failure: "save" | "export"): Promise<Profile | null> => {
    const result = draftToProfile(draft, await currentTime());
    setChecked(true);
    if (result.ok) return result.value;
    const count = Object.keys(result.errors).length;
    setStatus({
      kind: "error",
      text: failure === "save" ? tr("options_not_saved", count) : tr("options_export_invalid"),
    });
    const first = firstErrorPath(result.errors, profileFieldOrder(draft));
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
    return null;
  };

  const onSubmit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const profile = await checkForm("save");
    if (!profile) return;
    await saveProfile(profile);
    setDirty(false);
    setChecked(false);
    setStatus({ kind: "ok", text: tr("options_saved") });
  };

  const onImported = (profile: Profile) => {
    setDraft(profileToDraft(profile));
    setDirty(true);
    setChecked(true);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-heading">
      <section class="card">
        <h2 id="profile-heading">{tr("options_profile_heading")}</h2>
        {stored.problems.length > 0 && (
          <div class="notice notice-warning" role="alert">
            <p>{tr("options_profile_problems")}</p>
            <ProblemList problems={stored.problems} namePath={profilePathNamer} />
          </div>
        )}
        <ProfileFile
          onImported={onImported}
          // Nothing to export before a profile was saved (the first run).
          profileToExport={stored.profile === null ? null : () => checkForm("export")}
          report={setStatus}
        />

        <h3>{tr("options_roles_heading")}</h3>
        <p id="roles-hint" class="hint">
          {tr("options_roles_hint")} {tr("options_tags_hint")}
        </p>
        <RolesEditor roles={draft.roles} errors={errors} onChange={(roles) => change({ roles })} />

        <h3>{tr("options_education_heading")}</h3>
        <EducationEditor rows={draft.education} onChange={(education) => change({ education })} />

        <h3>{tr("options_skills_heading")}</h3>
        <TagInput
          path="skills"
          label={tr("options_skills")}
          tags={draft.skills}
          onChange={(skills) => change({ skills })}
        />

        <h3>{tr("options_certificates_heading")}</h3>
        <p class="hint">{tr("options_certificates_hint")}</p>
        <CertificatesEditor
          rows={draft.certificates}
          errors={errors}
          onChange={(certificates) => change({ certificates })}
        />

        <h3>{tr("options_languages_heading")}</h3>
        <LanguagesEditor rows={draft.languages} errors={errors} onChange={(languages) => change({ languages })} />

        <h3>{tr("options_terms_heading")}</h3>
        <TermsFields draft={draft} errors={errors} onChange={change} />
        <TagInput
          path="regions"
          label={tr("options_regions")}
          tags={draft.regions}
          onChange={(regions) => change({ regions })}
        />
        <TextField
          path="availableFrom"
          label={tr("options_available_from")}
          value={draft.availableFrom}
          onInput={(availableFrom) => change({ availableFrom })}
          errors={errors}
          hint={tr("options_date_hint")}
          class="field-narrow"
        />

        <SaveActions dirty={dirty} status={status} />
      </section>
    </form>
  );
}

function validate(draft: ProfileDraft, now: Date): FieldErrors {
  const result = draftToProfile(draft, now);
  return result.ok ? {} : result.errors;
}
