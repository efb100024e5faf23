// Reads a Chromium trace (Tracing.start with the V8 sampling profiler on) and tells, for one
// page, how much of its main thread's time was the extension's. A CPU sample is the extension's
// when its stack holds a frame from a `chrome-extension://` script, or when it falls inside the
// compilation or top-level run of such a script (V8 shows those as "(program)"). Any of the
// extension's files counts: the first stage, the second one, the chunks they load.

/** The trace event fields this file reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown>; fileName?: string; sync_id?: string };
}

interface CallFrame {
  functionName: string;
  url?: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** One CPU sample of the page's main thread: when, for how long, whose. */
export interface Sample {
  ts: number;
  /** µs until the next sample, capped (a long gap is an idle thread the sampler skipped). */
  weight: number;
  idle: boolean;
  extension: boolean;
}

/**
 * The page's cost on its main thread over the traced window, in ms. Times are CPU time (a task's
 * thread time; samples scaled to it): on a loaded machine a task's wall time also holds the time
 * its thread waited for a core. Wall times are given beside them.
 */
export interface MainThreadCost {
  /** Sampled time of the extension's code (see above). */
  extensionMs: number;
  /** Sampled time of everything that was not idle: the page, the extension, the browser's own work. */
  busyMs: number;
  /** The longest top-level task (by CPU time), whoever ran it: its wall time and CPU time. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The longest task (by CPU time) in which the extension's samples are more than half of the sampled time. */
  longestExtensionTaskMs: number;
  longestExtensionTaskCpuMs: number;
  /** The most extension time inside any one task (our microtask inside a page task counts here). */
  maxExtensionInTaskMs: number;
  /** The traced window: from the first to the last sample. */
  windowMs: number;
  /** The user-timing marks set in the page during the window (the content script's among them). */
  marks: string[];
}

const EXTENSION = "chrome-extension://";
/**
 * A main-thread task as DevTools counts it: "RunTask" spans the scheduler's task and the
 * microtask checkpoint after it, where promise continuations (ours among them) run.
 */
const TASKS = new Set(["RunTask"]);
/** Trace events that wrap a script's compilation or its run, with the script's address. */
const SCRIPT_EVENTS = new Set(["EvaluateScript", "v8.compile", "v8.produceCache", "FunctionCall"]);
const IDLE = new Set(["(idle)"]);
const MAX_SAMPLE_US = 2000;

export function parseTrace(text: string): TraceEvent[] {
  const json = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(json) ? json : json.traceEvents;
}

const stripHash = (url: string) => url.split("#")[0]!;

interface FrameData {
  url?: string;
  processId?: number;
  isOutermostMainFrame?: boolean;
}

/**
 * The main thread (pid, tid) of the renderer that shows `pageUrl` in a top-level frame: the one
 * that committed it within the window (the renderer's CommitLoad; the browser's record of it
 * when tracing through that very tab), else the one that showed it when the trace started.
 */
function mainThreadFor(events: TraceEvent[], pageUrl: string, from: number, to: number): [number, number] | null {
  const want = stripHash(pageUrl);
  const shows = (d: FrameData | undefined) => !!d?.isOutermostMainFrame && stripHash(d.url ?? "") === want;
  let committed: [number, number] | null = null;
  let pid: number | null = null;
  for (const e of events) {
    const data = e.args?.data as FrameData | undefined;
    if (e.name === "CommitLoad" && e.ts >= from && e.ts < to && shows(data)) committed = [e.pid, e.tid];
    if (e.name === "FrameCommittedInBrowser" && e.ts >= from && e.ts < to && shows(data)) pid = data!.processId ?? pid;
    if (e.name === "TracingStartedInBrowser" && pid === null)
      pid = ((data as { frames?: FrameData[] } | undefined)?.frames ?? []).find(shows)?.processId ?? null;
  }
  if (committed) return committed;
  const main =
    pid === null
      ? undefined
      : events.find(
          (e) => e.ph === "M" && e.pid === pid && e.name === "thread_name" && e.args?.name === "CrRendererMain",
        );
  return main ? [main.pid, main.tid] : null;
}

/** [start, end) spans, µs, of the extension's script evaluations and compilations on the thread. */
function extensionScriptSpans(thread: TraceEvent[]): Array<[number, number]> {
  return thread
    .filter((e) => e.ph === "X" && SCRIPT_EVENTS.has(e.name))
    .filter((e) => {
      const url = (e.args?.data?.url as string | undefined) ?? e.args?.fileName ?? "";
      return url.startsWith(EXTENSION);
    })
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
}

/** The samples of the V8 profile of thread (pid, tid), in time order. */
function samplesOf(events: TraceEvent[], pid: number, tid: number, spans: Array<[number, number]>): Sample[] {
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const raw: Array<{ ts: number; node: number }> = [];
  let ts = (profile.args?.data?.startTime as number | undefined) ?? profile.ts;
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== pid || e.id !== profile.id) continue;
    const chunk = e.args?.data as ProfileChunkData | undefined;
    for (const n of chunk?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = chunk?.cpuProfile?.samples ?? [];
    const deltas = chunk?.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      raw.push({ ts, node });
    });
  }
  // Whether a node or any caller of it is the extension's; memoised, parents come first.
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result =
      !!node &&
      ((node.callFrame.url ?? "").startsWith(EXTENSION) || (node.parent !== undefined && isOurs(node.parent)));
    ours.set(id, result);
    return result;
  };
  raw.sort((a, b) => a.ts - b.ts);
  const inSpan = (t: number) => spans.some(([s, e]) => t >= s && t < e);
  return raw.map((s, i) => {
    const next = raw[i + 1]?.ts ?? s.ts;
    const idle = IDLE.has(nodes.get(s.node)?.callFrame.functionName ?? "");
    return {
      ts: s.ts,
      weight: Math.min(next - s.ts, MAX_SAMPLE_US),
      idle,
      extension: !idle && (isOurs(s.node) || inSpan(s.ts)),
    };
  });
}

interface Task {
  start: number;
  end: number;
  /** Thread (CPU) time, µs. */
  cpu: number;
}

/** The thread's top-level tasks (complete events; nested ones dropped), in time order. */
function topLevelTasks(thread: TraceEvent[]): Task[] {
  const tasks = thread
    .filter((e) => e.ph === "X" && TASKS.has(e.name))
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const top: Task[] = [];
  for (const task of tasks) if (!top.length || task.start >= top[top.length - 1]!.end) top.push(task);
  return top;
}

/** Index of the first sample at or after `ts` (samples in time order). */
function firstAtOrAfter(samples: Sample[], ts: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The extension's share of the main thread of the renderer showing `pageUrl`, between `from` and
 * `to` (trace µs; default: the whole trace). Null when the trace holds no such page or no profile.
 */
export function mainThreadCost(
  events: TraceEvent[],
  pageUrl: string,
  window: { from?: number; to?: number } = {},
): MainThreadCost | null {
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const main = mainThreadFor(events, pageUrl, from, to);
  if (!main) return null;
  const [pid, tid] = main;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  const samples = samplesOf(events, pid, tid, extensionScriptSpans(thread)).filter((s) => s.ts >= from && s.ts < to);
  if (!samples.length) return null;
  // A sample's weight is wall time; within a task, scale it to the task's CPU share, so that time
  // the thread waited for a core (another process busy on the machine) counts for no one.
  const cpuWeight = samples.map((s) => s.weight);
  const tasks = topLevelTasks(thread).filter((t) => t.end > from && t.start < to);
  const inTask = tasks.map((task) => {
    const first = firstAtOrAfter(samples, task.start);
    let last = first;
    while (last < samples.length && samples[last]!.ts < task.end) last++;
    const share = task.end > task.start ? Math.min(1, task.cpu / (task.end - task.start)) : 1;
    for (let i = first; i < last; i++) cpuWeight[i]! *= share;
    return { task, first, last };
  });
  const sum = (first: number, last: number, keep: (s: Sample) => boolean) => {
    let us = 0;
    for (let i = first; i < last; i++) if (keep(samples[i]!)) us += cpuWeight[i]!;
    return us;
  };
  const longest = { wall: 0, cpu: 0 };
  const ours = { wall: 0, cpu: 0, inOneTask: 0 };
  for (const { task, first, last } of inTask) {
    const wall = task.end - task.start;
    if (task.cpu > longest.cpu) Object.assign(longest, { wall, cpu: task.cpu });
    const extension = sum(first, last, (s) => s.extension);
    ours.inOneTask = Math.max(ours.inOneTask, extension);
    if (extension * 2 > sum(first, last, (s) => !s.idle) && task.cpu > ours.cpu)
      Object.assign(ours, { wall, cpu: task.cpu });
  }
  return {
    extensionMs: sum(0, samples.length, (s) => s.extension) / 1000,
    busyMs: sum(0, samples.length, (s) => !s.idle) / 1000,
    longestTaskMs: longest.wall / 1000,
    longestTaskCpuMs: longest.cpu / 1000,
    longestExtensionTaskMs: ours.wall / 1000,
    longestExtensionTaskCpuMs: ours.cpu / 1000,
    maxExtensionInTaskMs: ours.inOneTask / 1000,
    windowMs: (samples[samples.length - 1]!.ts - samples[0]!.ts) / 1000,
    marks: thread.filter((e) => e.cat.includes("user_timing") && e.ts >= from && e.ts < to).map((e) => e.name),
  };
}

/** The trace time (µs) of a clock-sync marker (Tracing.recordClockSyncMarker), if any. */
export function syncTime(events: TraceEvent[], id: string): number | null {
  return events.find((e) => e.name === "clock_sync" && e.args?.sync_id === id)?.ts ?? null;
}

/** The trace time (µs) of the first user-timing mark named `name`, if any. */
export function markTime(events: TraceEvent[], name: string): number | null {
  return events.find((e) => e.name === name && e.cat.includes("user_timing"))?.ts ?? null;
}
