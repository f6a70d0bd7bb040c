// The settings page's two parts: the settings with the seller's data, then the reply templates. An import or a
// "clear all" replaces the templates under the editor, so it then loads them again.
import { useState } from "preact/hooks";
import { ConnectedOptions } from "./connected-options";
import { ConnectedReplyTemplates } from "./connected-reply-templates";

export function ConnectedOptionsPage() {
  const [dataGeneration, setDataGeneration] = useState(0);
  // The reply templates sit after the settings form, outside it: their own fields never submit the settings.
  return (
    <>
      <ConnectedOptions onDataReplaced={() => setDataGeneration((generation) => generation + 1)} />
      <ConnectedReplyTemplates dataGeneration={dataGeneration} />
    </>
  );
}
