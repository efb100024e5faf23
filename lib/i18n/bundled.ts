// The extension's own i18n files, for every part that can afford to bundle them (everything
// but the content script).
import en from "../../public/_locales/en/messages.json";
import nl from "../../public/_locales/nl/messages.json";
import { registerCatalogs, type Lang, type Messages } from "./t";

export const bundledCatalogs: Record<Lang, Messages> = { nl, en };

export function registerBundledCatalogs(): void {
  registerCatalogs(bundledCatalogs);
}
