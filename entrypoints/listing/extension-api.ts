// The extension API for the first stage, looked up when first needed rather than when the script
// loads (as importing wxt/browser does): the first touch sets up the browser's extension bindings
// in this script world, which a page the first stage turns away never needs.
import type { browser } from "wxt/browser";

type ExtensionApi = typeof browser;

export function extensionApi(): ExtensionApi {
  // Firefox has `browser`; Chrome has `chrome`, promise-based in Manifest V3 (see wxt.config.ts).
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;
}
