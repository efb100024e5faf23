// The popup's two live inputs: the clock (ticking every 30 s, for the countdowns) and the tab.
import { useEffect, useState } from "preact/hooks";
import { currentTime } from "../../lib/browser/clock";
import type { CurrentState } from "./CurrentListing";
import { analyseTab, isBrokerUrl, readTab, targetTab, type TargetTab } from "./tab";

const TICK_MS = 30_000;
/** How long to wait for the content script of a broker page that is still loading. */
const BROKER_PATIENCE_MS = 2000;

export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
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
  useEffect(() => {
    void targetTab()
      .then(async (found) => {
        setTab(found);
        setCurrent(await readTab(found, found && isBrokerUrl(found.url) ? BROKER_PATIENCE_MS : 0));
      })
      .catch((error: unknown) => setCurrent({ kind: "failed", message: String(error) }));
  }, []);
  const analyse = () => {
    if (!tab) return;
    setCurrent({ kind: "analysing" });
    setAnalysed(true);
    analyseTab(tab).then(setCurrent, (error: unknown) =>
      setCurrent({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return { current, analysed, analyse };
}
