// Records a Chromium trace over the DevTools protocol, so it works in a persistent context too
// (where Playwright's browser.startTracing has no browser to ask). One trace covers the whole
// browser, so it can span many page visits: each visit is cut out later by clock-sync markers.
// Ending a trace costs up to seconds (every process flushes, a closing one is waited for), so
// the bench ends one per batch of visits, not one per page.
import type { CDPSession, Page } from "playwright-core";
import { parseTrace, type TraceEvent } from "./trace";

/**
 * Tasks (RunTask) and their events, script runs, user-timing marks, and V8's sampling profiler
 * (with stacks). Not "toplevel": the same tasks again plus every mojo message of every process,
 * two thirds of the trace, which made ending a trace take seconds.
 */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

export interface Recording {
  /** Puts a marker with this id into the trace, at this moment (see trace.ts syncTime). */
  mark(id: string): Promise<void>;
  /** Ends the trace and returns its events. */
  stop(): Promise<TraceEvent[]>;
}

/** Starts tracing the browser of `page`; the page only carries the DevTools session (keep it open). */
export async function startTrace(page: Page, categories = TRACE_CATEGORIES): Promise<Recording> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", {
    transferMode: "ReturnAsStream",
    // Keep every event: a dropped chunk of samples would hide work.
    traceConfig: { recordMode: "recordUntilFull", traceBufferSizeInKb: 1024 * 1024, includedCategories: categories },
  });
  return {
    async mark(id) {
      await cdp.send("Tracing.recordClockSyncMarker", { syncId: id });
    },
    async stop() {
      try {
        const complete = new Promise<{ stream?: string; dataLoss: boolean }>((resolve) =>
          cdp.once("Tracing.tracingComplete", (e) => resolve({ stream: e.stream, dataLoss: e.dataLossOccurred })),
        );
        await cdp.send("Tracing.end");
        const { stream, dataLoss } = await complete;
        if (!stream) throw new Error("the trace came back without a stream");
        if (dataLoss) console.warn("(the trace buffer overflowed: figures may miss work)");
        return parseTrace(await readStream(cdp, stream));
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: Buffer[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send("IO.read", { handle, size: 4 << 20 });
    parts.push(Buffer.from(data, base64Encoded ? "base64" : "utf8"));
    if (eof) break;
  }
  await cdp.send("IO.close", { handle });
  return Buffer.concat(parts).toString("utf8");
}
