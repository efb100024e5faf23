#!/usr/bin/env node
// After `wxt zip`: the store packages in .output/ with their sizes and number of files, so the
// one line `npm run zip` ends with says what there is to upload.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const out = ".output";
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const zips = readdirSync(out)
  .filter((name) => name.endsWith(".zip") && name.includes(`-${version}-`))
  .sort();
if (zips.length === 0) {
  console.error(`no packages of version ${version} in ${out}/`);
  process.exit(1);
}

/** The number of files in a zip: the "total entries" field of its end-of-central-directory record. */
function entries(path) {
  const bytes = readFileSync(path);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return bytes.readUInt16LE(at + 10);
  }
  return NaN;
}

const purpose = (name) =>
  name.includes("-sources")
    ? "sources for Firefox's review"
    : name.includes("-firefox")
      ? "Firefox Add-ons (AMO)"
      : "Chrome Web Store";
console.log(`\nStore packages (version ${version}):`);
for (const name of zips) {
  const path = join(out, name);
  const kb = (statSync(path).size / 1024).toFixed(1);
  console.log(
    `  ${path.padEnd(42)} ${kb.padStart(7)} KB  ${String(entries(path)).padStart(4)} files  ${purpose(name)}`,
  );
}
