// A page that never stops changing (a LinkedIn feed): every 20 ms the page's own script adds,
// removes and changes nodes in a sidebar and rewrites a text node. Measured: the extension's CPU
// over 20 s of that, once the content script has done its first work on the page.
import { setClock, type ExtensionSession } from "../../tests/e2e/harness";
import { mainThreadCost, markTime } from "./trace";
import { startTrace } from "./tracing";

export interface StormResult {
  name: string;
  url: string;
  listing: boolean;
  windowMs: number;
  mutations: number;
  extensionMs: number;
  /** Extension sampled time over the window's wall time, %. */
  extensionCpuPercent: number;
  /** The main thread's busy time over the window, everyone's (the storm's own work shows the window was measured). */
  busyMs: number;
  /** CPU time, as in page-impact.ts. */
  longestExtensionTaskCpuMs: number;
}

const STORM_MS = 20_000;

/** The page's script: a feed sidebar and a ticking text, as a feed page has them. Counts its own mutations. */
const startStorm = (ms: number) => {
  const w = window as unknown as { stormMutations: number };
  w.stormMutations = 0;
  const side = document.createElement("aside");
  side.setAttribute("aria-label", "feed");
  document.body.append(side);
  const clock = document.createTextNode("0");
  const label = document.createElement("span");
  label.append(clock);
  (document.querySelector("main") ?? document.body).prepend(label);
  let n = 0;
  performance.mark("bench:storm-start");
  const timer = setInterval(() => {
    for (let i = 0; i < 3; i++) {
      const item = document.createElement("div");
      item.className = "feed-item";
      item.textContent = `Bericht ${++n}: iemand reageerde op een bericht`;
      side.append(item);
    }
    while (side.childElementCount > 30) side.firstElementChild!.remove();
    side.firstElementChild?.setAttribute("data-seen", String(n));
    clock.data = `${n} nieuwe berichten`;
    w.stormMutations += 3 + 3 + 1 + 1;
  }, 20);
  setTimeout(() => {
    clearInterval(timer);
    performance.mark("bench:storm-end");
  }, ms);
};

/** Opens `url`, waits for the content script's first work (the panel on a listing), then storms for 20 s under a trace. */
export async function stormOn(session: ExtensionSession, name: string, url: string, now: string): Promise<StormResult> {
  await setClock(session, now);
  const tab = await session.context.newPage();
  try {
    await tab.goto(url, { waitUntil: "load", timeout: 60000 });
    const listing = await tab
      .waitForFunction(() => performance.getEntriesByName("opdrachtradar:painted").length > 0, null, { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    await tab.waitForTimeout(1000);
    const recording = await startTrace(tab);
    await tab.evaluate(startStorm, STORM_MS);
    await tab.waitForFunction(() => performance.getEntriesByName("bench:storm-end").length > 0, null, {
      timeout: STORM_MS + 10000,
      polling: 1000,
    });
    const mutations = await tab.evaluate(() => (window as unknown as { stormMutations: number }).stormMutations);
    const events = await recording.stop();
    const from = markTime(events, "bench:storm-start");
    const to = markTime(events, "bench:storm-end");
    const cost = from !== null && to !== null ? mainThreadCost(events, url, { from, to }) : null;
    if (!cost || from === null || to === null) throw new Error(`no storm window for ${url} in the trace`);
    const windowMs = (to - from) / 1000;
    return {
      name,
      url,
      listing,
      windowMs,
      mutations,
      extensionMs: cost.extensionMs,
      extensionCpuPercent: (100 * cost.extensionMs) / windowMs,
      busyMs: cost.busyMs,
      longestExtensionTaskCpuMs: cost.longestExtensionTaskCpuMs,
    };
  } finally {
    await tab.close();
  }
}
