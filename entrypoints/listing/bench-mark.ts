// User-timing marks for the bench and the browser tests (the e2e build). A page reads every mark
// in its own performance timeline, so the shipped build sets none: a mark would tell any site
// that the extension is there. The condition is decided at build time; production drops the call.
export function benchMark(name: "start" | "extract-start" | "extract-end" | "painted"): void {
  if (import.meta.env.MODE === "e2e") performance.mark(`opdrachtradar:${name}`);
}
