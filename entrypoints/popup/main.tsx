import { render } from "preact";
import "@/components/app-styles.css";
import { ConnectedPopup } from "./connected-popup";

render(<ConnectedPopup />, document.getElementById("app") as HTMLElement);
