// The adapter for every other site: it knows no layout, so the generic extractor does the work.
import type { SiteAdapter } from "./types";

export const generic: SiteAdapter = {
  id: "generic",
  name: "Generic",
  matches: () => true,
  examples: ["https://opdrachten.example.com/opdracht/projectleider-organisatieontwikkeling-sociaal-domein-zoetermeer"],
  extract: () => ({}),
};
