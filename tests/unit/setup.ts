// Every unit test sees the extension's texts, as the popup, options page and worker do.
import fc from "fast-check";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";

registerBundledCatalogs();

// CI runs the property tests with a fixed seed, so whether a submission lands does not depend
// on luck; local runs draw a new seed each time and keep looking for new counterexamples.
if (process.env.CI) fc.configureGlobal({ seed: 20251101 });
