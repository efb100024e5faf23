// Bundles a module for a plain <script> in Chromium (an IIFE exposing `globalName`).
import { build } from "esbuild";

export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName,
    write: false,
    platform: "browser",
    target: "chrome120",
    minify: process.env.BENCH_NO_MINIFY ? false : true,
    logLevel: "silent",
    // page.evaluate runs the text in a function scope: make the global explicit.
    footer: { js: `globalThis.${globalName} = ${globalName};` },
  });
  return result.outputFiles[0]!.text;
}
