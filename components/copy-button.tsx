// A small Copy button that says "Copied" for a moment once the clipboard took the text.
import { useEffect, useState } from "preact/hooks";
import type { UiLanguage } from "../lib/model";
import { t } from "../lib/i18n/translate";

export interface CopyButtonProps {
  text: string;
  lang: UiLanguage;
  onCopy(text: string): Promise<boolean>;
  /** What a screen reader hears (e.g. "Copy order id 8190…"). */
  label?: string;
}

export function CopyButton({ text, lang, onCopy, label }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button type="button" class="copy-button" aria-label={label} onClick={() => void onCopy(text).then(setCopied)}>
      {copied ? t(lang, "popup_copied") : t(lang, "popup_copy")}
    </button>
  );
}
