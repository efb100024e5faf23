// "Altijd op deze site" (issue 17): on a page of a site the extension does not run on by itself,
// one click asks the browser for that site (permissions.request, which must be called in the
// click itself: the user's gesture), then the worker stores the site and registers the content
// script there. A refusal is said plainly; success says so and offers to analyse the page now.
import { useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { t, type Lang } from "../../lib/i18n/t";
import type { PopupToBackground, SiteReply } from "../../lib/protocol-sites";
import { originPattern } from "../../lib/user-sites";

type Step = "offer" | "asking" | "added" | "refused" | "failed";

/** The worker's answer; anything unexpected counts as a failure. */
async function askWorker(origin: string): Promise<SiteReply> {
  const message: PopupToBackground = { type: "add-site", origin };
  const reply = (await browser.runtime.sendMessage(message)) as SiteReply | undefined;
  return reply && typeof reply === "object" && "ok" in reply ? reply : { ok: false, reason: "failed" };
}

export function AlwaysOnSite({ origin, lang, onAnalyse }: { origin: string; lang: Lang; onAnalyse(): void }) {
  const [step, setStep] = useState<Step>("offer");
  const host = new URL(origin).hostname.replace(/^www\./, "");

  const add = () => {
    // First thing in the click: Firefox and Chrome grant the prompt only inside the user's gesture.
    const asked = browser.permissions.request({ origins: [originPattern(origin)] });
    setStep("asking");
    asked
      .then(async (granted) => {
        if (!granted) return setStep("refused");
        const reply = await askWorker(origin);
        setStep(reply.ok ? "added" : reply.reason === "no-permission" ? "refused" : "failed");
      })
      .catch((error: unknown) => {
        console.warn("[opdrachtradar] always on site", error);
        setStep("failed");
      });
  };

  if (step === "added")
    return (
      <div class="always-site done" role="status">
        <p>
          <span aria-hidden="true">✓ </span>
          {t(lang, "popup_always_added", host)}
        </p>
        <button type="button" class="or-button" onClick={onAnalyse}>
          {t(lang, "popup_always_analyse_now")}
        </button>
      </div>
    );
  const trouble = step === "refused" || step === "failed";
  return (
    <div class={`always-site${trouble ? " trouble" : ""}`}>
      {trouble ? (
        <p role="alert">{t(lang, step === "refused" ? "popup_always_refused" : "popup_always_failed", host)}</p>
      ) : (
        <p class="hint" id="always-hint">
          {t(lang, "popup_always_hint", host)}
        </p>
      )}
      <button
        type="button"
        class="secondary-button"
        aria-describedby={trouble ? undefined : "always-hint"}
        aria-disabled={step === "asking" ? "true" : undefined}
        onClick={() => step !== "asking" && add()}
      >
        {t(lang, step === "asking" ? "popup_always_asking" : trouble ? "popup_always_retry" : "popup_always_on_site")}
      </button>
    </div>
  );
}
