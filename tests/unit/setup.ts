// Every unit test sees the extension's texts, as the popup, options page and worker do.
import { registerBundledCatalogs } from "../../lib/i18n/bundled";

registerBundledCatalogs();
