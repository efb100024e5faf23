// The options page: loads profile, settings and saved listings, keeps them fresh while the page
// is open (watchState), and picks the language (settings.lang, "auto" = the browser's UI
// language). On the first run (no profile yet) it opens with a short welcome.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedHeads, loadSetAside, loadSettings, watchState } from "../../lib/browser/items";
import type { StoredSetAside } from "../../lib/storage/set-aside";
import { pickLang, t, type Lang } from "../../lib/i18n/t";
import { setZodLanguage } from "../../lib/i18n/zod-locale";
import { DataPanel } from "./DataPanel";
import { LangContext } from "./lang";
import { ProfileForm, type StoredProfile } from "./ProfileForm";
import { RemindersForm, type StoredSettings } from "./RemindersForm";
import { SyncChoice } from "./SyncChoice";
import { SetAsidePanel } from "./SetAsidePanel";
import { SiteAccess } from "./SiteAccess";
import { SiteRules } from "./SiteRules";

type Loaded = {
  profile: StoredProfile;
  settings: StoredSettings;
  savedCount: number;
  setAside: StoredSetAside[];
  now: Date;
};

async function loadAll(): Promise<Loaded> {
  // The language first: the profile's and settings' problems are worded by zod as they are read.
  let settings = await loadSettings();
  const lang = langOf(settings.settings.lang);
  if (setZodLanguage(lang) && settings.problems.length > 0) settings = await loadSettings();
  const [profile, saved, setAside, now] = await Promise.all([
    loadProfile(),
    loadSavedHeads(),
    loadSetAside(),
    currentTime(),
  ]);
  return { profile, settings, savedCount: saved.heads.length, setAside, now };
}

/** The first run: what Opdrachtradar does, and the three steps to start. */
function Welcome({ lang }: { lang: Lang }) {
  return (
    <section class="card card-welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t(lang, "options_welcome_heading")}</h2>
      <p>{t(lang, "options_welcome_intro")}</p>
      <ol class="welcome-steps">
        <li>{t(lang, "options_welcome_profile")}</li>
        <li>{t(lang, "options_welcome_listing")}</li>
        <li>{t(lang, "options_welcome_popup")}</li>
      </ol>
    </section>
  );
}

function langOf(choice: StoredSettings["settings"]["lang"]): Lang {
  return choice === "auto" ? pickLang(browser.i18n.getUILanguage()) : choice;
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const reload = () =>
      loadAll().then(setLoaded, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    void reload();
    return watchState(() => void reload());
  }, []);

  const lang = langOf(loaded?.settings.settings.lang ?? "auto");
  setZodLanguage(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(lang, "options_title")} · Opdrachtradar`;
  }, [lang]);

  return (
    <LangContext.Provider value={lang}>
      <main class="page">
        <header class="page-header">
          <p class="brand">Opdrachtradar</p>
          <h1>{t(lang, "options_title")}</h1>
          <p class="intro">{t(lang, "options_intro")}</p>
        </header>
        {failure && (
          <p class="notice notice-warning" role="alert">
            {t(lang, "options_load_failed", failure)}
          </p>
        )}
        {!loaded && !failure && <p role="status">{t(lang, "options_loading")}</p>}
        {loaded && (
          <>
            {loaded.profile.profile === null && loaded.profile.problems.length === 0 && <Welcome lang={lang} />}
            <SiteAccess />
            <ProfileForm stored={loaded.profile} now={loaded.now} />
            <SyncChoice hasProfile={loaded.profile.profile !== null} />
            <RemindersForm stored={loaded.settings} />
            <SiteRules />
            <DataPanel savedCount={loaded.savedCount} />
            <SetAsidePanel setAside={loaded.setAside} />
          </>
        )}
      </main>
    </LangContext.Provider>
  );
}
