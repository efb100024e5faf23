// Why "Analyseer deze pagina" could not read a page, from the page's address and the browser's
// own error (issue 17: the raw English error was shown in the Dutch popup with no next step).
// The popup says the kind in the user's language, with what to do next (`nextStepKey`). The
// browser's messages differ per browser and version: the address decides first, the message's
// well-known phrases next, and anything else is "other" (reload and try again).

export type AnalysisProblem = "browser-page" | "store" | "pdf" | "no-permission" | "gone" | "other";

/** Extension stores: no extension may script their pages (Chrome says so, Firefox blocks them). */
const STORE_HOSTS = ["chromewebstore.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com"];

function fromUrl(url: string | undefined): AnalysisProblem | null {
  if (!url || !URL.canParse(url)) return null;
  const page = new URL(url);
  if (page.protocol !== "http:" && page.protocol !== "https:") return "browser-page";
  if (
    STORE_HOSTS.includes(page.hostname) ||
    (page.hostname === "chrome.google.com" && page.pathname.startsWith("/webstore"))
  )
    return "store";
  if (/\.pdf$/i.test(page.pathname)) return "pdf";
  return null;
}

// Short, fixed phrases of Chrome's and Firefox's errors, each tested alone (no backtracking).
const STORE_PHRASES = [/cannot be scripted/i, /extensions gallery/i, /webstore/i];
const BROWSER_PAGE_PHRASES = [/cannot access a chrome/i, /chrome:\/\//i, /about:/i, /cannot access .{0,40} url/i];
const PERMISSION_PHRASES = [/missing host permission/i, /cannot access contents of/i, /permission/i];
const GONE_PHRASES = [
  /no tab with id/i,
  /frame with id/i,
  /tab was closed/i,
  /receiving end does not exist/i,
  /no frame/i,
  /error page/i,
  /invalid tab/i,
];

export function analysisProblem(errorMessage: string, url: string | undefined): AnalysisProblem {
  const byUrl = fromUrl(url);
  if (byUrl) return byUrl;
  const message = errorMessage.slice(0, 500);
  const has = (phrases: RegExp[]) => phrases.some((p) => p.test(message));
  if (has(STORE_PHRASES)) return "store";
  if (has(GONE_PHRASES)) return "gone";
  if (has(PERMISSION_PHRASES)) return "no-permission";
  if (has(BROWSER_PAGE_PHRASES)) return "browser-page";
  return "other";
}

/** The i18n key that says the problem. */
export function problemKey(problem: AnalysisProblem): string {
  return `popup_problem_${problem.replace("-", "_")}`;
}

/** The i18n key of what to do next. */
export function nextStepKey(problem: AnalysisProblem): string {
  switch (problem) {
    case "browser-page":
    case "store":
      return "popup_next_elsewhere";
    case "pdf":
      return "popup_next_pdf";
    case "no-permission":
      return "popup_next_permission";
    case "gone":
    case "other":
      return "popup_next_reload";
  }
}
