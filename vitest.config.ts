import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";
import { chronoAliases } from "./wxt.config";

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: chronoAliases },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    setupFiles: ["tests/unit/setup.ts"],
    testTimeout: 20000,
  },
});
