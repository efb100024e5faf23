// Prints the extension figures (extension.ts) as the bench's tables and their targets.
import type { ExtensionBench } from "./extension";
import type { PageImpact } from "./page-impact";

const ms = (n: number, width = 8) => n.toFixed(1).padStart(width);
const max = (values: number[]) => Math.max(0, ...values);

/** CPU time, and the wall time beside it: "41/329". */
const cpuWall = (cpu: number, wall: number, width: number) => `${cpu.toFixed(0)}/${wall.toFixed(0)}`.padStart(width);

function impactTable(rows: PageImpact[]): void {
  console.log(
    `${"page".padEnd(56)} ${"KB".padStart(5)} ${"ext ms".padStart(7)} ${"ext task".padStart(9)} ${"in 1 task".padStart(9)} ${"alone".padStart(9)} ${"+busy".padStart(7)}  listing`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.slice(0, 56).padEnd(56)} ${r.kb.toFixed(0).padStart(5)} ${ms(r.extensionMs, 7)} ${cpuWall(r.longestExtensionTaskCpuMs, r.longestExtensionTaskMs, 9)} ${ms(r.maxExtensionInTaskMs, 9)} ${cpuWall(r.aloneLongestTaskCpuMs, r.aloneLongestTaskMs, 9)} ${r.addedBusyMs === null ? "—".padStart(7) : ms(r.addedBusyMs, 7)}  ${r.listing ? "yes" : "no"}`,
    );
  }
}

export function printExtensionBench(ext: ExtensionBench): void {
  const fixtures = ext.impacts.filter((i) => i.kind === "fixture");
  const corpus = ext.impacts.filter((i) => i.kind === "corpus");
  console.log(
    [
      "Per page, from a Chromium trace of the page's main thread, from navigation until quiet (idle for 1 s, at most 3 s after the load event).",
      "Times are CPU time (task thread time, samples scaled to it): other processes on the machine stretch wall time. a/b = CPU/wall ms.",
      "ext ms: samples in the extension's code (any chrome-extension:// script, its compilation included);",
      "ext task: the longest task that is mostly the extension's; in 1 task: the most extension time inside any one task;",
      "alone: the page's longest task in Chromium without the extension; +busy: main-thread busy time with − without, equal windows.\n",
    ].join("\n"),
  );
  impactTable(fixtures);
  if (corpus.length) {
    console.log(
      `\nThe ${corpus.length} largest corpus pages at broker addresses that are no listings (median of ${corpus[0]!.rounds} alternating runs):\n`,
    );
    impactTable(corpus);
  }
  const c = ext.check;
  console.log(
    `\nattribution check: ${c.ok ? "ok" : "FAILED"} (a page whose own script spins 100 ms twice: its longest task ${c.pageLongestTaskMs.toFixed(0)} ms wall; the extension's time there ${c.extensionMs.toFixed(1)} ms, its longest task ${c.extensionLongestTaskCpuMs.toFixed(1)} ms CPU, neither holding the loops; extension time on the listing fixture ${c.listingExtensionMs.toFixed(1)} ms, not 0)`,
  );
  for (const s of ext.storms)
    console.log(
      `mutation storm on ${s.name} (${s.listing ? "listing, panel drawn" : "no listing"}): ${s.mutations.toLocaleString("en")} mutations in ${(s.windowMs / 1000).toFixed(1)} s, extension ${s.extensionMs.toFixed(1)} ms = ${s.extensionCpuPercent.toFixed(2)} % CPU (target < 1 %), longest extension task ${s.longestExtensionTaskCpuMs.toFixed(1)} ms CPU; main thread busy ${s.busyMs.toFixed(0)} ms in all`,
    );
  const worst = (rows: PageImpact[], f: (r: PageImpact) => number, wall?: (r: PageImpact) => number) => {
    const top = rows.reduce<PageImpact | null>((a, b) => (a === null || f(b) > f(a) ? b : a), null);
    if (!top) return "n/a";
    return `${f(top).toFixed(1)} ms${wall ? ` CPU (wall ${wall(top).toFixed(0)})` : ""} (${top.name})`;
  };
  const task = (r: PageImpact) => r.longestExtensionTaskCpuMs;
  const taskWall = (r: PageImpact) => r.longestExtensionTaskMs;
  console.log("\nsummary:");
  console.log(`  longest extension task on the fixtures: ${worst(fixtures, task, taskWall)} (target ≤ 50)`);
  console.log(`  longest extension task on the big corpus pages: ${worst(corpus, task, taskWall)} (target ≤ 50)`);
  console.log(
    `  script added on the big non-listing pages: max ${worst(corpus, (r) => r.extensionMs)} (target ≤ 8, goal ≤ 3)`,
  );
  console.log(
    `  script on the fixtures: max ${worst(fixtures, (r) => r.extensionMs)}; listings found on ${fixtures.filter((r) => r.listing).length} of ${fixtures.length}`,
  );
  console.log(`  storm CPU: max ${max(ext.storms.map((s) => s.extensionCpuPercent)).toFixed(2)} % (target < 1 %)`);
  console.log("");
  for (const { n, times } of ext.popups)
    console.log(
      `popup with ${n.toLocaleString("en")} saved listings, script start → first saved item: best ${times.firstItemMs.toFixed(0)} ms, median ${times.firstItemMedianMs.toFixed(0)} ms of 7 (target < 100); its match line: median ${times.matchLineMs?.toFixed(0) ?? "none"} ms; from opening the page (bundle loading included): median ${times.fromOpeningMedianMs.toFixed(0)} ms`,
    );
  console.log(
    `popup after an update from the one-value (v2) layout, 1,000 listings moved first: ${ext.upgrade.firstItemMs.toFixed(0)} ms to the first item (once)`,
  );
}
