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
    minify: true,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
