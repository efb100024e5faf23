// The options page: loads profile, settings and saved listings, keeps them fresh while the page
// is open (watchState), and picks the language (settings.lang, "auto" = the browser's).
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedHeads, loadSetAside, loadSettings, watchState } from "../../lib/browser/items";
import type { StoredSetAside } from "../../lib/storage/set-aside";
import { pickLang, t, type Lang } from "../../lib/i18n/t";
import { DataPanel } from "./DataPanel";
import { LangContext } from "./lang";
import { ProfileForm, type StoredProfile } from "./ProfileForm";
import { RemindersForm, type StoredSettings } from "./RemindersForm";
import { SetAsidePanel } from "./SetAsidePanel";

type Loaded = {
  profile: StoredProfile;
  settings: StoredSettings;
  savedCount: number;
  setAside: StoredSetAside[];
  now: Date;
};

async function loadAll(): Promise<Loaded> {
  const [profile, settings, saved, setAside, now] = await Promise.all([
    loadProfile(),
    loadSettings(),
    loadSavedHeads(),
    loadSetAside(),
    currentTime(),
  ]);
  return { profile, settings, savedCount: saved.heads.length, setAside, now };
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
            <ProfileForm stored={loaded.profile} now={loaded.now} />
            <RemindersForm stored={loaded.settings} />
            <DataPanel savedCount={loaded.savedCount} />
            <SetAsidePanel setAside={loaded.setAside} />
          </>
        )}
      </main>
    </LangContext.Provider>
  );
}
