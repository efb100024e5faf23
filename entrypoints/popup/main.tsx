import { render } from "preact";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import "../../components/components.css";
import { App } from "./App";
import { loadStored } from "./stored";
import "./style.css";

// How the bench measures the popup's own first render (scripts/bench/extension.ts).
performance.mark("opdrachtradar:popup-start");
const initial = loadStored();
registerBundledCatalogs();
render(<App initial={initial} />, document.getElementById("app")!);
