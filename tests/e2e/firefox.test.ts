// Smoke test: Debian's Firefox ESR loads the Firefox build headless as a temporary add-on
// (through web-ext, as a developer would). Skipped where Firefox ESR is not installed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const firefox = "/usr/bin/firefox-esr";
const build = ".output/firefox-mv3";

describe.skipIf(!existsSync(firefox))("the Firefox build", () => {
  it("installs in Firefox ESR, headless", async () => {
    expect(existsSync(`${build}/manifest.json`), "run npm run build first").toBe(true);
    const output = await new Promise<string>((resolve) => {
      let text = "";
      const child = spawn(
        "npx",
        [
          "web-ext",
          "run",
          "--source-dir",
          build,
          "--firefox",
          firefox,
          "--args=--headless",
          "--no-reload",
          "--no-input",
        ],
        { stdio: ["ignore", "pipe", "pipe"], detached: true },
      );
      const done = () => {
        clearTimeout(timer);
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          // already gone
        }
        resolve(text);
      };
      const timer = setTimeout(done, 45000);
      const read = (chunk: Buffer) => {
        text += chunk.toString();
        if (/Installed .* as a temporary add-on/.test(text) || /error/i.test(chunk.toString())) done();
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.on("exit", done);
    });
    expect(output).toMatch(/Installed .* as a temporary add-on/);
  }, 60000);
});
