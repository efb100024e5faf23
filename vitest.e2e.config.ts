import { defineConfig } from "vitest/config";

// Browser tests: one real Chromium at a time (2-core machines), generous time limits.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
