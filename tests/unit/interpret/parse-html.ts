// Parse saved pages as the extension's content script sees them, without running or fetching
// anything (no scripts, stylesheets or frames: the saved pages reference remote files).
import { Window } from "happy-dom";

const window = new Window({
  url: "https://localhost/",
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
}
