// The popup's live inputs: the clock (ticking every 30 s, for the countdowns), the tab, and
// the full records of the saved listings on screen.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { currentTime } from "../../lib/browser/clock";
import { loadSavedRecords } from "../../lib/browser/items";
import type { SavedListing } from "../../lib/model/saved";
import type { CurrentState } from "./CurrentListing";
import { isSiteUrl, type Site } from "../../lib/sites";
import { loadUserSites } from "../../lib/browser/user-sites";
import { analysisProblem } from "../../lib/analysis-problem";
import { asSites } from "../../lib/user-sites";
import { analyseTab, readTab, targetTab, type TargetTab } from "./tab";

const TICK_MS = 30_000;
/** How long to wait for the content script of a broker page that is still loading. */
const BROKER_PATIENCE_MS = 2000;

export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useLayoutEffect(() => {
    const tick = () => void currentTime().then(setNow);
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useCurrentTab() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [current, setCurrent] = useState<CurrentState>({ kind: "loading" });
  const [analysed, setAnalysed] = useState(false);
  /** The user's own sites ("Altijd op deze site"): read like the built-in ones. */
  const [userSites, setUserSites] = useState<Site[]>([]);
  const failed = (error: unknown, url: string | undefined): CurrentState => ({
    kind: "failed",
    problem: analysisProblem(error instanceof Error ? error.message : String(error), url),
  });
  useEffect(() => {
    void Promise.all([targetTab(), loadUserSites().catch(() => ({ sites: [] }))])
      .then(async ([found, { sites }]) => {
        const own = asSites(sites);
        setTab(found);
        setUserSites(own);
        setCurrent(await readTab(found, found && isSiteUrl(found.url, own) ? BROKER_PATIENCE_MS : 0));
      })
      .catch((error: unknown) => setCurrent(failed(error, undefined)));
  }, []);
  const analyse = () => {
    if (!tab) return;
    setCurrent({ kind: "analysing" });
    setAnalysed(true);
    analyseTab(tab).then(setCurrent, (error: unknown) => setCurrent(failed(error, tab.url)));
  };
  return { current, analysed, analyse, tab, userSites };
}

/**
 * The full records of these saved listings, read again when the ids or `version` change; null
 * until the first read is in. A record that cannot be read is missing from the map.
 */
export function useSavedRecords(ids: readonly string[], version: unknown): Map<string, SavedListing> | null {
  const [records, setRecords] = useState<Map<string, SavedListing> | null>(null);
  const key = ids.join("\n");
  // Read at once, not after the next frame (see App).
  useLayoutEffect(() => {
    let live = true;
    loadSavedRecords(ids).then(
      (found) => live && setRecords(found),
      (error: unknown) => {
        console.warn("[opdrachtradar] saved records unreadable", error);
        if (live) setRecords(new Map());
      },
    );
    return () => {
      live = false;
    };
    // `ids` is a fresh array each render; its joined `key` says when it really changed.
  }, [key, version]);
  return records;
}
