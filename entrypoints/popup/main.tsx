import { render } from "preact";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import "../../components/components.css";
import { App } from "./App";
import "./style.css";

registerBundledCatalogs();
render(<App />, document.getElementById("app")!);
