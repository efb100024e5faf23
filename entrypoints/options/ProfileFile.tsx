// Import and export of the profile alone, as a JSON file. An import only fills the form (the
// user checks it and saves); a file that fails validation changes nothing.
import { useRef } from "preact/hooks";
import { exportFileName } from "../../lib/forms/file-names";
import { parseProfileFile, profileFileText } from "../../lib/forms/profile-file";
import type { Profile } from "../../lib/model/profile";
import { currentTime } from "../../lib/browser/clock";
import { downloadText, takePickedFile } from "../../lib/browser/files";
import { useT } from "./lang";
import type { StatusMessage } from "./Status";

type Props = {
  onImported: (profile: Profile) => void;
  /** The form as a valid profile, or null after showing the field messages; no export at all when null. */
  profileToExport: (() => Promise<Profile | null>) | null;
  report: (message: StatusMessage) => void;
};

export function ProfileFile({ onImported, profileToExport, report }: Props) {
  const tr = useT();
  const picker = useRef<HTMLInputElement>(null);

  const onPicked = async () => {
    const picked = picker.current && (await takePickedFile(picker.current));
    if (!picked) return;
    const result = parseProfileFile(picked.text);
    if (!result.ok) {
      report({ kind: "error", text: tr("options_import_failed", picked.name), details: result.errors });
      return;
    }
    onImported(result.profile);
    report({ kind: "info", text: tr("options_profile_imported", picked.name) });
  };

  const onExport = async () => {
    const profile = await profileToExport?.();
    if (!profile) return;
    const name = exportFileName("profile", await currentTime());
    downloadText(name, profileFileText(profile), "application/json");
    report({ kind: "ok", text: tr("options_profile_exported", name) });
  };

  return (
    <div class="actions actions-file">
      <input ref={picker} id="profile-import" type="file" accept=".json,application/json" hidden onChange={onPicked} />
      <button type="button" class="button-secondary" onClick={() => picker.current?.click()}>
        {tr("options_profile_import")}
      </button>
      {profileToExport && (
        <button type="button" class="button-secondary" onClick={onExport}>
          {tr("options_profile_export")}
        </button>
      )}
    </div>
  );
}
