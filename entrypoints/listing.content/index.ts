// The content script's first stage, on every page of the sites (lib/sites.ts) and of the pages
// the user asks to analyse. Small by design: it decides whether the page may be a listing
// (lib/read/first-stage.ts) and only then has the worker inject the reader
// (entrypoints/listing-reader), which reads the page, shows the panel and the marks. It stays to
// watch the page: single-page sites swap the listing without a page load.
import { browser } from "wxt/browser";
import { defineContentScript } from "wxt/utils/define-content-script";
import { hasTaughtLabel, isProbablyListing, type TaughtLabel } from "../../lib/read/first-stage";
import { siteHostPatterns } from "../../lib/sites";
import { isPopupToContent, type ContentReply, type ContentToBackground, type SiteRulesReply } from "../../lib/protocol";
import { benchMark } from "./bench-mark";
import { firstStage, isRuleHost, readerStage, setFirstStage } from "./stages";
import { watchPage } from "./page-watch";

export default defineContentScript({
  matches: siteHostPatterns,
  runAt: "document_idle",
  // The reader puts its CSS into its own shadow roots, never into the page.
  cssInjectionMode: "manual",
  main(ctx) {
    // A second injection (the popup's "Analyseer deze pagina") finds this one at work.
    if (firstStage()) return;
    benchMark("start");

    /** Set once the user asked for this page: read it whatever the first stage says. */
    let asked = false;
    let loading: Promise<void> | null = null;

    const loadReader = (): Promise<void> => {
      const message: ContentToBackground = { type: "load-reader" };
      loading ??= browser.runtime.sendMessage(message).then(
        () => undefined,
        (error: unknown) => {
          loading = null;
          console.warn("[opdrachtradar]", error);
        },
      );
      return loading;
    };

    /** On a host the user taught rules on, the labels those rules look for (asked once). */
    let taught: Promise<TaughtLabel[]> | null = null;
    const taughtLabels = (): Promise<TaughtLabel[]> => {
      const message: ContentToBackground = { type: "site-rules" };
      taught ??= browser.runtime.sendMessage(message).then(
        (reply: SiteRulesReply | undefined) => reply?.rules.map((r) => r.anchor) ?? [],
        () => [],
      );
      return taught;
    };

    /** Reads the page again, or loads the reader once the page may be a listing; true when something was new. */
    const look = (): boolean | Promise<boolean> => {
      const reader = readerStage();
      if (reader) return reader.refresh();
      if (asked || isProbablyListing(document, new URL(location.href))) {
        void loadReader();
        return true;
      }
      if (!isRuleHost()) return false;
      return taughtLabels().then((labels) => {
        if (readerStage() || !hasTaughtLabel(document, labels)) return false;
        void loadReader();
        return true;
      });
    };

    const watch = watchPage(
      ctx,
      look,
      () => readerStage()?.region() ?? null,
      () => readerStage()?.lastReadMs() ?? 0,
    );
    setFirstStage({ ctx, forgetOwnChanges: watch.forget });
    ctx.onInvalidated(() => setFirstStage(null));
    ctx.addEventListener(window, "wxt:locationchange", () => watch.now());
    look();

    /** The listing for the popup; "analyse" reads the page even if the first stage would not. */
    const listingFor = async (analyse: boolean): Promise<ContentReply> => {
      if (analyse && !asked) {
        asked = true;
        if (!readerStage()) await loadReader();
      }
      if (loading) await loading;
      return { listing: (await readerStage()?.listing()) ?? null };
    };

    // Answered through sendResponse: this script uses the browser's own API (see wxt.config.ts),
    // where Chrome ignores a promise returned by the listener; `true` keeps the channel open.
    const onMessage = ((message: unknown, _sender: unknown, sendResponse: (reply: ContentReply) => void) => {
      if (!isPopupToContent(message)) return false;
      listingFor(message.type === "analyse").then(sendResponse, () => sendResponse({ listing: null }));
      return true;
    }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
