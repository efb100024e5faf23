import { render } from "preact";
render(<p>Opdrachtradar</p>, document.getElementById("app")!);
