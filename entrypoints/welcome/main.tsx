import { render } from "preact";
import { ConnectedWelcome } from "./connected-welcome";

render(<ConnectedWelcome />, document.getElementById("app") as HTMLElement);
