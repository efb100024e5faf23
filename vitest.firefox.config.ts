import { defineConfig } from "vitest/config";

// Firefox browser tests (tests/firefox): one Firefox ESR at a time, driven over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ["tests/firefox/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 90000,
    hookTimeout: 60000,
  },
});
