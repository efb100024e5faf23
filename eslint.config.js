// Lint: TypeScript rules, walls between layers, and no unsanitised HTML sinks.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import noUnsanitized from "eslint-plugin-no-unsanitized";

export default tseslint.config(
  {
    ignores: [
      ".output/**",
      ".wxt/**",
      "node_modules/**",
      "tests/fixtures/**",
      "demo-screenshots/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, "no-unsanitized": noUnsanitized },
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      // Page text must never become markup (DESIGN.md practice 13).
      "no-unsanitized/method": "error",
      "no-unsanitized/property": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The layer walls (Dark Reader's zones): lib/ is pure, components are presentational.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./entrypoints", "./components", "./node_modules/wxt", "./node_modules/webextension-polyfill"],
              except: [],
              message: "lib/ is pure: no entrypoints, components, WXT or browser APIs (lib/browser/ excepted).",
            },
            {
              target: "./components",
              from: "./entrypoints",
              message: "components are presentational: they may not import entrypoints.",
            },
            // Walls inside lib/ (DESIGN.md practice 7), each proved by tests/unit/lint-walls.test.ts.
            {
              target: "./lib/model",
              from: "./lib",
              except: ["./model"],
              message: "lib/model holds the core types: it imports nothing else from lib/.",
            },
            {
              target: "./lib/adapters",
              from: "./lib",
              except: ["./model", "./adapters", "./dutch/text.ts", "./dutch/label-words.ts"],
              message:
                "an adapter says where things are on its site: it imports only lib/model, lib/adapters and the text and label words of lib/dutch.",
            },
            {
              target: ["./lib/read", "./lib/interpret"],
              from: ["./lib/match", "./lib/storage", "./lib/schedule", "./lib/saved", "./lib/browser"],
              message: "extraction reads pages: no matching, storage, schedule, saved listings or browser.",
            },
            {
              // The reader runs in every broker page (30 KB budget): the interpreter and chrono stay in the worker.
              target: "./lib/read",
              from: ["./lib/interpret", "./lib/dutch/dates.ts"],
              message: "lib/read runs in the page: it may not import the interpreter or the date library.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/browser/ is the only part of lib/ that talks to the browser (storage items, the clock).
    files: ["lib/browser/**"],
    rules: { "import-x/no-restricted-paths": "off" },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["wxt", "wxt/*", "#imports", "webextension-polyfill"],
              message: "lib/ and components/ do not touch the browser.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/browser/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["scripts/**/*.{js,mjs,ts}", "tests/**/*.{ts,tsx,mjs}", "*.config.{js,ts}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" } },
  },
);
