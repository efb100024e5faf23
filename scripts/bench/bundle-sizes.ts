// The Chrome build's scripts, gzipped: every .js at the top level, in content-scripts/ and in
// chunks/, and the first stage (the manifest's content-script files, listing.js, which every
// matching page loads) summed against its target.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const FIRST_STAGE_TARGET_KB = 6;

const gzippedKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

function scripts(dir: string): string[] {
  return ["", "content-scripts", "chunks"]
    .filter((sub) => existsSync(join(dir, sub)))
    .flatMap((sub) =>
      readdirSync(join(dir, sub), { withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith(".js"))
        .map((f) => (sub ? `${sub}/${f.name}` : f.name)),
    )
    .sort();
}

export function printBundleSizes(dir: string): void {
  if (!existsSync(join(dir, "manifest.json"))) {
    console.log("n/a: run npm run build");
    return;
  }
  for (const file of scripts(dir))
    console.log(`${file.padEnd(40)} ${gzippedKb(join(dir, file)).toFixed(1).padStart(6)}`);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const firstStage = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const kb = firstStage.reduce((sum, file) => sum + gzippedKb(join(dir, file)), 0);
  console.log(
    `\nfirst stage (the manifest's content scripts: ${firstStage.join(", ")}): ${kb.toFixed(1)} KB gzipped (target ≤ ${FIRST_STAGE_TARGET_KB})`,
  );
}
