// Shown when the browser has not given the extension the broker sites (Firefox leaves that to the
// user): what that means, and one button to give it. Hidden when the access is there.
import { useEffect, useState } from "preact/hooks";
import { hasSiteAccess, requestSiteAccess, watchSiteAccess } from "../../lib/browser/site-access";
import { useT } from "./lang";

type State = "checking" | "granted" | "missing" | "refused";

export function SiteAccess() {
  const tr = useT();
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    const check = () => void hasSiteAccess().then((granted) => setState(granted ? "granted" : "missing"));
    check();
    return watchSiteAccess(check);
  }, []);

  // Called straight from the click, without an await before it: Firefox asks only on a user's gesture.
  const ask = () => void requestSiteAccess().then((granted) => setState(granted ? "granted" : "refused"));

  if (state === "checking" || state === "granted") return null;
  return (
    <section class="card card-site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{tr("options_site_access_heading")}</h2>
      <p>{tr("options_site_access_text")}</p>
      <button type="button" class="button-primary" onClick={ask}>
        {tr("options_site_access_button")}
      </button>
      {state === "refused" && (
        <p class="notice notice-warning" role="status">
          {tr("options_site_access_refused")}
        </p>
      )}
    </section>
  );
}
