// zod's own messages ("Te kort: verwacht dat string >=1 tekens heeft") in the user's language.
// zod keeps one global setting per page, used by every check made after it is set: the popup
// and the options page set it as soon as they know the language, before they read storage or
// a file. Only these two locales are bundled (not zod's whole list).
import { config } from "zod/v4/core";
import en from "zod/v4/locales/en.js";
import nl from "zod/v4/locales/nl.js";
import type { Lang } from "./t";

let current: Lang | null = null;

/** Sets zod's language; true when it changed (checks made before spoke the other one). */
export function setZodLanguage(lang: Lang): boolean {
  if (current === lang) return false;
  config(lang === "nl" ? nl() : en());
  current = lang;
  return true;
}
