import { render } from "preact";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import { App } from "./App";
import "../../components/page-theme.css";
import "./style.css";

registerBundledCatalogs();
render(<App />, document.getElementById("app")!);
