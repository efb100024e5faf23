import { render } from "preact";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import "../../components/components.css";
import { App } from "./App";
import "./style.css";

// How the bench measures the popup's own first render (scripts/bench/extension.ts).
performance.mark("opdrachtradar:popup-start");
registerBundledCatalogs();
render(<App />, document.getElementById("app")!);
