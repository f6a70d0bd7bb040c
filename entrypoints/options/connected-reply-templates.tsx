// Wiring for the options page's reply templates (issue 12): loads the seller's templates and turns the editor's
// saves, hides and deletes into messages to the background, which checks and stores them.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { ReplyTemplatesEditor } from "@/components/reply-templates-editor";
import { sendMessage } from "@/lib/messages";
import type { SellerReplyTemplate } from "@/lib/replies/seller-templates";
import { resolveUiLanguage } from "@/lib/i18n/resolve-ui-language";
import type { UiLanguage } from "@/lib/model";

export interface ConnectedReplyTemplatesProps {
  /** Changes when an import or a clearing replaced the stored data: the templates (and settings) load again. */
  dataGeneration?: number;
}

export function ConnectedReplyTemplates({ dataGeneration = 0 }: ConnectedReplyTemplatesProps = {}) {
  const [templates, setTemplates] = useState<SellerReplyTemplate[] | null>(null);
  const [lang, setLang] = useState<UiLanguage>(() => resolveUiLanguage("auto", browser.i18n.getUILanguage()));
  useEffect(() => {
    void sendMessage("reply-templates", {}).then((answer) => setTemplates(answer.templates));
    void sendMessage("get-settings", {}).then(({ settings }) => setLang(resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage())));
  }, [dataGeneration]);
  return (
    <ReplyTemplatesEditor
      lang={lang}
      templates={templates}
      initialLanguage={lang === "zh" ? "zh" : "en"}
      onSave={async (draft) => {
        const answer = await sendMessage("save-reply-template", { draft });
        if (!answer.ok) return answer;
        setTemplates(answer.templates);
        return { ok: true };
      }}
      onHide={(language, id) => sendMessage("hide-reply-template", { language, id }).then((answer) => setTemplates(answer.templates))}
      onDelete={(language, id) => sendMessage("delete-reply-template", { language, id }).then((answer) => setTemplates(answer.templates))}
    />
  );
}
