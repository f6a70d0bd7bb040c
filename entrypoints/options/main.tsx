import { render } from "preact";
import { ConnectedOptions } from "./connected-options";
import { ConnectedReplyTemplates } from "./connected-reply-templates";

// The reply templates sit after the settings form, outside it: their own fields never submit the settings.
render(
  <>
    <ConnectedOptions />
    <ConnectedReplyTemplates />
  </>,
  document.getElementById("app") as HTMLElement,
);
