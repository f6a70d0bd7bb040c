// @vitest-environment jsdom
import { replyOverlayProps } from "./overlay-reply-props";

describe("replyOverlayProps", () => {
  it("inserts into the page's reply box, remembers the language for the dispute, asks for its evidence in the UI language", async () => {
    document.body.innerHTML = `<textarea id="box" placeholder="Reply to the buyer"></textarea>`;
    const calls: string[] = [];
    const props = replyOverlayProps(document, "6351074783626585", "zh", {
      copyText: async () => (calls.push("copy"), true),
      setBuyerLanguage: (disputeId, language) => calls.push(`language ${disputeId} ${language}`),
      disputeEvidence: async (disputeId, language) => (calls.push(`evidence ${disputeId} ${language}`), null),
    });
    expect(await props.onInsertReply?.("Olá")).toBe("inserted");
    expect((document.getElementById("box") as HTMLTextAreaElement).value).toBe("Olá");
    props.onReplyLanguageChange?.("pt");
    await props.loadEvidence?.();
    expect(calls).toEqual(["language 6351074783626585 pt", "evidence 6351074783626585 zh"]);
    document.body.innerHTML = "";
    expect(await props.onInsertReply?.("Olá")).toBe("copied");
  });

  it("offers no language memory or evidence where the actions lack them", () => {
    const props = replyOverlayProps(document, "1", "en", { copyText: async () => true });
    expect(props.onReplyLanguageChange).toBeUndefined();
    expect(props.loadEvidence).toBeUndefined();
  });
});
