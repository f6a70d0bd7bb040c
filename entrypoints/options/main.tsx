import { render } from "preact";
import { ConnectedOptionsPage } from "./connected-options-page";

render(<ConnectedOptionsPage />, document.getElementById("app") as HTMLElement);
