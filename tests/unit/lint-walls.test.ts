// @vitest-environment node
// The walls between layers (eslint.config.js, DESIGN.md practice 7), proved: a small file with a
// deliberate violation, linted as if it stood in each zone, must be caught; the same file with
// an allowed import must not. Nothing is written to disk (ESLint's lintText with a filePath).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../shared-folder";

let eslint: ESLint;
beforeAll(() => {
  // import-x/no-restricted-paths resolves its zones against the working directory.
  if (process.cwd() !== repoRoot) process.chdir(repoRoot);
  eslint = new ESLint({ cwd: repoRoot });
});

/** The wall rules that fire on `code` placed at `file` (a path under the repo root). */
async function wallErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "import-x/no-restricted-paths" || m.ruleId === "no-restricted-imports")
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/** An existing module of a lib/ folder, so the import resolves (the rule skips what it cannot resolve). */
function someModule(folder: string): string {
  const file = readdirSync(join(repoRoot, "lib", folder))
    .filter((f) => f.endsWith(".ts"))
    .sort()[0];
  if (!file) throw new Error(`no module in lib/${folder}`);
  return `../${folder}/${file.replace(/\.ts$/, "")}`;
}

const probe = (folder: string): string => `lib/${folder}/__wall-probe.ts`;

describe("lint walls inside lib/", () => {
  it("lib/model imports nothing else from lib/", async () => {
    for (const other of ["read", "interpret", "match", "format"]) {
      expect(await wallErrors(probe("model"), `import "${someModule(other)}";\n`)).toEqual([
        expect.stringMatching(/lib\/model holds the core types/),
      ]);
    }
    expect(await wallErrors(probe("model"), `import "./listing";\n`)).toEqual([]);
  });

  it("lib/adapters imports only lib/model, lib/adapters and the text and label words", async () => {
    for (const other of ["match", "format", "schedule"]) {
      expect(await wallErrors(probe("adapters"), `import "${someModule(other)}";\n`)).toEqual([
        expect.stringMatching(/an adapter says where things are/),
      ]);
    }
    for (const path of ["../interpret/dates", "../dutch/dates"])
      expect(await wallErrors(probe("adapters"), `import "${path}";\n`)).toEqual([
        expect.stringMatching(/an adapter says where things are/),
      ]);
    const allowed = ["../model/listing", "./types", "../dutch/text", "../dutch/label-words"];
    for (const path of allowed) expect(await wallErrors(probe("adapters"), `import "${path}";\n`)).toEqual([]);
  });

  it("lib/read and lib/interpret do not import lib/match, lib/storage, lib/schedule, lib/saved or lib/browser", async () => {
    for (const folder of ["read", "interpret"]) {
      for (const other of ["match", "storage", "schedule", "saved", "browser"]) {
        expect(await wallErrors(probe(folder), `import "${someModule(other)}";\n`), other).toEqual([
          expect.stringMatching(/extraction reads pages/),
        ]);
      }
      expect(await wallErrors(probe(folder), `import "../model/listing";\n`)).toEqual([]);
    }
  });

  it("lib/read (in the page) does not import the interpreter or the date library", async () => {
    for (const path of ["../interpret/money", "../dutch/dates"])
      expect(await wallErrors(probe("read"), `import "${path}";\n`)).toEqual([
        expect.stringMatching(/lib\/read runs in the page/),
      ]);
    for (const path of ["../dutch/text", "../model/page-reading", "./blocks"])
      expect(await wallErrors(probe("read"), `import "${path}";\n`)).toEqual([]);
  });

  it("nothing in lib/ but lib/browser touches the browser", async () => {
    for (const folder of ["model", "read", "interpret", "format", "storage"]) {
      expect(await wallErrors(probe(folder), `import browser from "webextension-polyfill";\nvoid browser;\n`)).toEqual(
        expect.arrayContaining([expect.stringMatching(/do not touch the browser/)]),
      );
      expect(await wallErrors(probe(folder), `import { storage } from "wxt/utils/storage";\nvoid storage;\n`)).toEqual(
        expect.arrayContaining([expect.stringMatching(/do not touch the browser/)]),
      );
    }
    expect(await wallErrors(probe("browser"), `import browser from "webextension-polyfill";\nvoid browser;\n`)).toEqual(
      [],
    );
  });

  it("lib/ imports no entrypoints or components, and components no entrypoints", async () => {
    expect(await wallErrors(probe("format"), `import "../../components/Countdown";\n`)).toEqual([
      expect.stringMatching(/lib\/ is pure/),
    ]);
    expect(await wallErrors("components/__wall-probe.tsx", `import "../entrypoints/popup/actions";\n`)).toEqual([
      expect.stringMatching(/components are presentational/),
    ]);
  });
});
