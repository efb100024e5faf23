// The content script's first stage, on every page of the sites (lib/sites.ts) and of the pages
// the user asks to analyse. Small by design: it decides whether the page may be a listing
// (lib/read/first-stage.ts) and only then has the worker inject the reader
// (entrypoints/listing-reader), which reads the page, shows the panel and the marks. It stays to
// watch the page: single-page sites swap the listing without a page load.
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { hasTaughtLabel, isProbablyListing, type TaughtLabel } from "../../lib/read/first-stage";
import type { ContentReply, ContentToBackground, SiteRulesReply } from "../../lib/protocol";
import { benchMark } from "./bench-mark";
import { firstStage, isRuleHost, readerStage, setFirstStage } from "./stages";
import { watchPage } from "./page-watch";
import { createStageContext } from "./stage-context";
import { extensionApi } from "./extension-api";

// Built as a plain script (WXT's "unlisted" kind) and listed in the manifest by hand
// (wxt.config.ts): WXT's content-script wrapper would build its own context on every page.
export default defineUnlistedScript(() => {
  // A second injection (the popup's "Analyseer deze pagina") finds this one at work.
  if (firstStage()) return;
  const ctx = createStageContext();
  benchMark("start");

  /** Set once the user asked for this page: read it whatever the first stage says. */
  let asked = false;
  let loading: Promise<void> | null = null;

  const loadReader = (): Promise<void> => {
    const message: ContentToBackground = { type: "load-reader" };
    loading ??= extensionApi()
      .runtime.sendMessage(message)
      .then(
        () => undefined,
        (error: unknown) => {
          loading = null;
          // The extension updated or removed since this copy started: stop watching the page.
          if (!ctx.checkExtension()) return;
          console.warn("[opdrachtradar]", error);
        },
      );
    return loading;
  };

  /** On a host the user taught rules on, the labels those rules look for (asked once). */
  let taught: Promise<TaughtLabel[]> | null = null;
  const taughtLabels = (): Promise<TaughtLabel[]> => {
    const message: ContentToBackground = { type: "site-rules" };
    taught ??= extensionApi()
      .runtime.sendMessage(message)
      .then(
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

  /** The listing for the popup; "analyse" reads the page even if the first stage would not. */
  const listingFor = async (analyse: boolean): Promise<ContentReply> => {
    if (analyse && !asked) {
      asked = true;
      if (!readerStage()) await loadReader();
    }
    if (loading) await loading;
    return { listing: (await readerStage()?.listing()) ?? null };
  };

  // The popup asks through scripting.executeScript in this script's world (entrypoints/popup/tab.ts),
  // not by message: no message listener means the extension's messaging is not even set up on
  // the pages that are not listings (it cost about 1 ms a page).
  setFirstStage({ ctx, forgetOwnChanges: watch.forget, listingFor });
  ctx.onInvalidated(() => setFirstStage(null));
  watch.start();
});
