// The user's own sites ("Altijd op deze site" in the popup, issue 17): where the extension runs by
// itself because the user chose so. Removing one unregisters its content script and gives the
// browser's permission back (lib/browser/user-sites.ts).
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { granted, loadUserSites, removeUserSite, watchUserSites } from "../../lib/browser/user-sites";
import { formatDay } from "../../lib/format/facts";
import { amsterdamParts } from "../../lib/model/dutch-time";
import { originPattern, userSiteName, type UserSite } from "../../lib/user-sites";
import { useLang, useT } from "./lang";
import { Status, type StatusMessage } from "./Status";

export function UserSites() {
  const tr = useT();
  const lang = useLang();
  const [sites, setSites] = useState<UserSite[] | null>(null);
  /** Origins the browser does not grant (a site from a backup made in another browser). */
  const [ungranted, setUngranted] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<StatusMessage>(null);

  useEffect(() => {
    const load = () =>
      void loadUserSites().then(async ({ sites: found }) => {
        const access = await Promise.all(found.map((site) => granted(site.origin)));
        setUngranted(new Set(found.filter((_, i) => !access[i]).map((site) => site.origin)));
        setSites(found);
      });
    load();
    const stop = watchUserSites(load);
    browser.permissions.onAdded.addListener(load);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(load);
    };
  }, []);

  const remove = async (site: UserSite) => {
    const name = userSiteName(site);
    try {
      await removeUserSite(site.origin);
      setStatus({ kind: "ok", text: tr("options_user_site_removed", name) });
    } catch (error) {
      setStatus({ kind: "error", text: tr("options_user_site_remove_failed", name, String(error)) });
    }
  };

  // In the click itself (the user's gesture); the worker registers the site once granted.
  const grant = (site: UserSite) =>
    void browser.permissions.request({ origins: [originPattern(site.origin)] }).catch((error: unknown) => {
      setStatus({ kind: "error", text: String(error) });
    });

  if (sites === null) return null;
  return (
    <div class="subsection user-sites">
      <h3>{tr("options_user_sites")}</h3>
      <p class="hint">{tr("options_user_sites_intro")}</p>
      {sites.length === 0 ? (
        <p class="empty">{tr("options_user_sites_none")}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site.origin}>
              <span>
                <span class="site">{site.origin}</span>{" "}
                <span class="hint">
                  {tr("options_user_site_added", formatDay(amsterdamParts(new Date(site.addedAt)).date, lang))}
                </span>
                {ungranted.has(site.origin) ? <span class="hint"> · {tr("options_user_site_no_access")}</span> : null}
              </span>
              <span class="site-actions">
                {ungranted.has(site.origin) ? (
                  <button
                    type="button"
                    class="button-secondary"
                    aria-label={tr("options_user_site_grant_label", userSiteName(site))}
                    onClick={() => grant(site)}
                  >
                    {tr("options_user_site_grant")}
                  </button>
                ) : null}
                <button
                  type="button"
                  class="button-secondary"
                  aria-label={tr("options_user_site_remove_label", userSiteName(site))}
                  onClick={() => void remove(site)}
                >
                  {tr("options_user_site_remove")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Status message={status} />
    </div>
  );
}
