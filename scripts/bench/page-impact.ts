// The extension's cost on each page, from a trace of the page's renderer: the extension's script
// time, its longest task, and the page's own longest task in a browser without the extension.
// Each page is visited with the extension and then alone, alternating; one trace per browser
// spans a batch of visits.
import type { BrowserContext, Page } from "playwright-core";
import { setClock, type ExtensionSession, type ServedPage } from "../../tests/e2e/harness";
import { isSiteUrl } from "../../lib/sites";
import { median, type BenchPage } from "./pages";
import { mainThreadCost, syncTime, type MainThreadCost, type TraceEvent } from "./trace";
import { startTrace, type Recording } from "./tracing";

/** A page, the address it is served at, and how many alternating visits it gets. */
export interface PageRun {
  page: BenchPage;
  url: string;
  kind: "fixture" | "corpus" | "check";
  rounds: number;
  /** Give the page alone as long after its load as the extension run had, to compare busy time. */
  compareBusy: boolean;
}

export interface PageImpact {
  name: string;
  url: string;
  kind: PageRun["kind"];
  kb: number;
  /** The content script marked the page painted: it found a listing and drew its panel. */
  listing: boolean;
  extensionMs: number;
  longestExtensionTaskMs: number;
  /** That task's CPU time: on a busy machine its wall time includes waiting for a core. */
  longestExtensionTaskCpuMs: number;
  maxExtensionInTaskMs: number;
  /** The longest task of the page with the extension (anyone's). */
  longestTaskMs: number;
  /** The longest task of the page in a browser without the extension, and its CPU time. */
  aloneLongestTaskMs: number;
  aloneLongestTaskCpuMs: number;
  /** Main-thread busy time with the extension minus without it, over equal windows; null when not compared. */
  addedBusyMs: number | null;
  rounds: number;
}

/** The browsers the pages are visited in; each keeps a blank tab that carries its trace. */
export interface Browsers {
  session: ExtensionSession;
  alone: BrowserContext;
}

/** Quiet: the main thread idle for 1 s (for the page alone: 0.5 s), at most 3 s after the load event. */
const QUIET_MS = 1000;
const ALONE_QUIET_MS = 500;
const MAX_AFTER_LOAD_MS = 3000;
/** A batch's trace is ended before it holds about this much (a visit's trace guessed generously: 3 MB + 12 × its HTML). */
const BATCH_TRACE_MB = 60;

/**
 * Makes the content script run on these pages' hosts as it does for a user who added the site:
 * the manifest's own content-script files, registered for the origins at document_idle. Needs
 * host permission for them (the e2e build's manifest must grant https://*\/*).
 */
export async function runOnHosts(session: ExtensionSession, urls: string[]): Promise<void> {
  const origins = [...new Set(urls.filter((u) => !isSiteUrl(u)).map((u) => `${new URL(u).origin}/*`))];
  if (!origins.length) return;
  await session.worker.evaluate(async (matches) => {
    type Api = {
      runtime: { getManifest(): { content_scripts?: Array<{ js?: string[] }> } };
      permissions: { contains(p: { origins: string[] }): Promise<boolean> };
      scripting: {
        getRegisteredContentScripts(f: { ids: string[] }): Promise<unknown[]>;
        unregisterContentScripts(f: { ids: string[] }): Promise<void>;
        registerContentScripts(s: object[]): Promise<void>;
      };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    if (!(await api.permissions.contains({ origins: matches })))
      throw new Error(
        `the build has no host permission for the fixtures' hosts: add "https://*/*" to host_permissions`,
      );
    const js = api.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    if ((await api.scripting.getRegisteredContentScripts({ ids: ["bench"] })).length)
      await api.scripting.unregisterContentScripts({ ids: ["bench"] });
    await api.scripting.registerContentScripts([{ id: "bench", matches, js, runAt: "document_idle" }]);
  }, origins);
}

/**
 * In the page: resolves once its main thread has been idle for `idleMs` or `capMs` have passed.
 * Idle callbacks come back to back on an idle thread; a longer gap means a task ran.
 */
const whenQuiet = ({ idleMs, capMs }: { idleMs: number; capMs: number }) =>
  new Promise<void>((resolve) => {
    const start = performance.now();
    let last = start;
    let quietSince = start;
    const step = () => {
      const now = performance.now();
      if (now - last > 60) quietSince = now;
      last = now;
      if (now - quietSince >= idleMs || now - start >= capMs) resolve();
      else requestIdleCallback(step);
    };
    requestIdleCallback(step);
  });

/** Opens `url` in a new tab between two markers `id:start` and `id:end`; returns the time it had after the load event. */
async function visit(
  context: BrowserContext,
  recording: Recording,
  id: string,
  url: string,
  settle: (tab: Page) => Promise<void>,
): Promise<number> {
  const tab = await context.newPage();
  try {
    await recording.mark(`${id}:start`);
    await tab.goto(url, { waitUntil: "load", timeout: 60000 });
    const loaded = Date.now();
    await settle(tab);
    const afterLoadMs = Date.now() - loaded;
    await recording.mark(`${id}:end`);
    return afterLoadMs;
  } finally {
    await tab.close();
  }
}

function costOf(events: TraceEvent[], id: string, url: string): MainThreadCost {
  const from = syncTime(events, `${id}:start`);
  const to = syncTime(events, `${id}:end`);
  const cost = from !== null && to !== null ? mainThreadCost(events, url, { from, to }) : null;
  if (!cost) throw new Error(`no main-thread profile for ${url} (${id}) in the trace`);
  return cost;
}

/** The runs in batches whose traces stay a manageable size. */
function batches(runs: PageRun[]): PageRun[][] {
  const out: PageRun[][] = [[]];
  let mb = 0;
  for (const run of runs) {
    const size = run.rounds * (3 + (12 * run.page.bytes) / 1e6);
    if (mb + size > BATCH_TRACE_MB && out[out.length - 1]!.length) {
      out.push([]);
      mb = 0;
    }
    out[out.length - 1]!.push(run);
    mb += size;
  }
  return out;
}

/**
 * Each page with the extension and then alone, `rounds` times alternating; each figure is the
 * median over the rounds.
 */
export async function measurePages(
  { session, alone }: Browsers,
  runs: PageRun[],
  progress: (done: number) => void = () => {},
): Promise<PageImpact[]> {
  const impacts: PageImpact[] = [];
  const carriers = [await session.context.newPage(), await alone.newPage()];
  try {
    for (const batch of batches(runs)) {
      const [extTrace, aloneTrace] = [await startTrace(carriers[0]!), await startTrace(carriers[1]!)];
      for (const [i, run] of batch.entries()) {
        for (let round = 0; round < run.rounds; round++) {
          await setClock(session, run.page.now);
          const afterLoadMs = await visit(session.context, extTrace, `ext-${i}-${round}`, run.url, (tab) =>
            tab.evaluate(whenQuiet, { idleMs: QUIET_MS, capMs: MAX_AFTER_LOAD_MS }),
          );
          await visit(alone, aloneTrace, `alone-${i}-${round}`, run.url, (tab) =>
            run.compareBusy
              ? tab.waitForTimeout(afterLoadMs)
              : tab.evaluate(whenQuiet, { idleMs: ALONE_QUIET_MS, capMs: MAX_AFTER_LOAD_MS }),
          );
        }
      }
      const [extEvents, aloneEvents] = [await extTrace.stop(), await aloneTrace.stop()];
      for (const [i, run] of batch.entries()) {
        const rounds = [...Array(run.rounds).keys()];
        impacts.push(
          impactOf(
            run,
            rounds.map((r) => costOf(extEvents, `ext-${i}-${r}`, run.url)),
            rounds.map((r) => costOf(aloneEvents, `alone-${i}-${r}`, run.url)),
          ),
        );
        progress(impacts.length);
      }
    }
  } finally {
    for (const tab of carriers) await tab.close();
  }
  return impacts;
}

function impactOf(run: PageRun, withExt: MainThreadCost[], without: MainThreadCost[]): PageImpact {
  const mid = (f: (c: MainThreadCost) => number, of = withExt) => median(of.map(f));
  return {
    name: run.page.name,
    url: run.url,
    kind: run.kind,
    kb: run.page.bytes / 1024,
    listing: withExt.some((c) => c.marks.includes("opdrachtradar:painted")),
    extensionMs: mid((c) => c.extensionMs),
    longestExtensionTaskMs: mid((c) => c.longestExtensionTaskMs),
    longestExtensionTaskCpuMs: mid((c) => c.longestExtensionTaskCpuMs),
    maxExtensionInTaskMs: mid((c) => c.maxExtensionInTaskMs),
    longestTaskMs: mid((c) => c.longestTaskMs),
    aloneLongestTaskMs: mid((c) => c.longestTaskMs, without),
    aloneLongestTaskCpuMs: mid((c) => c.longestTaskCpuMs, without),
    addedBusyMs: run.compareBusy ? median(withExt.map((c, i) => c.busyMs - without[i]!.busyMs)) : null,
    rounds: run.rounds,
  };
}

/** A page whose own script busies the main thread for 100 ms, twice: while parsing, and while the content script works. */
export const BUSY_PAGE: ServedPage = {
  url: "https://www.kbenp.nl/nieuws/bench-busy-loop",
  html: `<!doctype html><html lang="nl"><head><title>Busy</title></head><body><main><h1>Nieuws</h1>
<p>Een gewone pagina waarvan het eigen script de hoofdthread 100 ms bezet houdt.</p></main>
<script>
const spin = () => { const t = performance.now(); while (performance.now() - t < 100); };
spin();
addEventListener("load", () => setTimeout(spin, 30));
</script></body></html>`,
};
