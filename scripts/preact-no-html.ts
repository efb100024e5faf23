// A build step for the extension's bundles: Preact's one way to set HTML, the
// `dangerouslySetInnerHTML` prop, is turned into text. Our UI never uses it (page text must never
// become markup, DESIGN.md practice 13), so this changes nothing on screen; it leaves the store
// packages without an `innerHTML` assignment of a dynamic value, which Firefox's review linter
// (web-ext lint, UNSAFE_VAR_ASSIGNMENT) reports in every bundle that includes Preact.
import type { Plugin } from "vite";

/** Preact's minified diff: `<element>.innerHTML=<props>.__html`, the prop's HTML assigned. */
const htmlAssignment = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;

export function preactWithoutHtml(): Plugin {
  return {
    name: "opdrachtradar:preact-without-html",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      const replaced = code.replace(htmlAssignment, "$1.textContent=$2.__html");
      if (replaced === code) this.error(`Preact's HTML assignment not found in ${id}: check scripts/preact-no-html.ts`);
      return { code: replaced, map: null };
    },
  };
}
