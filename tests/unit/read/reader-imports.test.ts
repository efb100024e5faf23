// The reader runs in every broker page (the content script, 30 KB gzipped budget): it may not
// pull in the worker's libraries. Walks the reader's own import graph from its source files.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const HEAVY = ["zod", "chrono-node", "preact"];

/** Every module the file imports at run time (type-only imports are erased), recursively. */
function runtimeImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+["']([^"']+)["'];?$/gms)) {
      const [, typeOnly, spec] = m;
      if (typeOnly || !spec) continue;
      if (!spec.startsWith(".")) {
        packages.add(spec.split("/")[0] ?? spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const next = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f));
      if (next) visit(next);
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe("the reader's imports", () => {
  const { files, packages } = runtimeImports("lib/read/reader.ts");

  it("reads the page with its own small modules", () => {
    expect(files.size).toBeGreaterThan(5);
  });

  it.each(HEAVY)("does not import %s", (name) => {
    expect([...packages]).not.toContain(name);
  });

  it("does not import the interpreter's parsers (dates, money, hours, requirements)", () => {
    const names = [...files].map((f) => f.replace(/^.*\/lib\//, "lib/"));
    for (const part of ["lib/dutch/dates", "lib/interpret/"])
      expect(names.filter((n) => n.startsWith(part))).toEqual([]);
  });
});
