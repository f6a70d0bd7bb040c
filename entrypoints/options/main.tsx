import { render } from "preact";
import { ConnectedOptions } from "./connected-options";

render(<ConnectedOptions />, document.getElementById("app") as HTMLElement);
