// The sites where the user switched the in-page panel off. Turning one back on writes at once,
// as a change of the stored settings by the one writer, so a site switched off in a tab meanwhile is kept.
import { useState } from "preact/hooks";
import { updateSettings } from "../../lib/browser/items";
import { useT } from "./lang";
import { Status, type StatusMessage } from "./Status";

export function DisabledSites({ sites }: { sites: readonly string[] }) {
  const tr = useT();
  const [status, setStatus] = useState<StatusMessage>(null);

  const enable = async (site: string) => {
    await updateSettings((settings) => ({
      ...settings,
      disabledSites: settings.disabledSites.filter((s) => s !== site),
    }));
    setStatus({ kind: "ok", text: tr("options_site_enabled", site) });
  };

  return (
    <div class="subsection">
      <h3>{tr("options_disabled_sites")}</h3>
      {sites.length === 0 ? (
        <p class="empty">{tr("options_disabled_sites_none")}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="button-secondary"
                aria-label={tr("options_site_enable_label", site)}
                onClick={() => enable(site)}
              >
                {tr("options_site_enable")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
    </div>
  );
}
