import { pickLang, type Lang } from "../i18n/t";
import type { Settings } from "../storage/schemas";

/** The user's language choice, with "auto" resolved from the browser's UI language. */
export function resolveLang(choice: Settings["lang"], uiLanguage?: string): Lang {
  return choice === "auto" ? pickLang(uiLanguage) : choice;
}
