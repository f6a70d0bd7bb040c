// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { ReplyTemplatesEditor, templateProblemText, type ReplyTemplatesEditorProps } from "./reply-templates-editor";
import { checkSellerTemplate, hiddenBuiltIn, type SellerReplyTemplate, type SellerTemplateDraft } from "../lib/replies/seller-templates";
import { REPLY_TEMPLATE_IDS } from "../lib/replies/template-ids";

const NOW = new Date("2026-01-10T08:00:00.000Z");
afterEach(cleanup);

/** The editor over an in-memory store that checks drafts as the background does. */
function renderEditor(initial: SellerReplyTemplate[] = [], overrides: Partial<ReplyTemplatesEditorProps> = {}) {
  let stored = [...initial];
  const calls: string[] = [];
  let view: ReturnType<typeof render>;
  const rerender = () => view.rerender(<ReplyTemplatesEditor {...props()} />);
  const props = (): ReplyTemplatesEditorProps => ({
    lang: "en",
    templates: stored,
    onSave: async (draft: SellerTemplateDraft) => {
      const result = checkSellerTemplate(draft, NOW, () => "own-new1");
      if (!result.ok) return result;
      stored = [...stored.filter((t) => t.key !== result.template.key), result.template];
      calls.push(`save ${result.template.key}`);
      rerender();
      return { ok: true };
    },
    onHide: async (language, id) => {
      stored = [...stored.filter((t) => t.key !== `${language}/${id}`), hiddenBuiltIn(id as never, language, NOW)];
      calls.push(`hide ${language}/${id}`);
      rerender();
    },
    onDelete: async (language, id) => {
      stored = stored.filter((t) => t.key !== `${language}/${id}`);
      calls.push(`delete ${language}/${id}`);
      rerender();
    },
    ...overrides,
  });
  view = render(<ReplyTemplatesEditor {...props()} />);
  return { ...view, calls, stored: () => stored };
}

const line = (container: Element, id: string) => container.querySelector(`[data-template-id="${id}"]`) as HTMLElement;
const button = (element: Element, text: string) => Array.from(element.querySelectorAll("button")).find((b) => b.textContent === text) as HTMLButtonElement;

describe("ReplyTemplatesEditor", () => {
  it("lists every built-in template of the chosen language", () => {
    const { container } = renderEditor();
    expect(container.querySelectorAll(".template")).toHaveLength(REPLY_TEMPLATE_IDS.length);
    expect(line(container, "tracking-update").textContent).toContain("Tracking update");
    fireEvent.change(container.querySelector(".templates-bar select")!, { target: { value: "ko" } });
    expect(line(container, "tracking-update").textContent).toContain("배송 조회 안내");
  });

  it("adds a template of the seller's own, offered where they tick, and deletes it after a second click", async () => {
    const { container, calls, stored } = renderEditor();
    fireEvent.click(screen.getByText("Add a template"));
    const form = container.querySelector(".template-new") as HTMLElement;
    fireEvent.input(form.querySelector('input[type="text"]')!, { target: { value: "Holiday" } });
    fireEvent.input(form.querySelector("textarea")!, { target: { value: "Hi {buyer}, we are back on Monday." } });
    fireEvent.click(Array.from(form.querySelectorAll("label")).find((label) => label.textContent === "Item not received")!.querySelector("input")!);
    fireEvent.click(button(form, "Save template"));
    await waitFor(() => expect(calls).toEqual(["save en/own-new1"]));
    expect(stored()[0]).toMatchObject({ title: "Holiday", reasons: ["not-received"], statuses: [] });
    const own = line(container, "own-new1");
    expect(own.textContent).toContain("Yours");
    expect(own.querySelector(".template-where")?.textContent).toBe("Item not received");
    fireEvent.click(button(own, "Delete"));
    expect(calls).toHaveLength(1);
    fireEvent.click(button(own, "Delete for good"));
    await waitFor(() => expect(line(container, "own-new1")).toBeNull());
  });

  it("says what is wrong with a draft, beside the form", async () => {
    const { container } = renderEditor();
    fireEvent.click(screen.getByText("Add a template"));
    const form = container.querySelector(".template-new") as HTMLElement;
    fireEvent.input(form.querySelector('input[type="text"]')!, { target: { value: "Oops" } });
    fireEvent.input(form.querySelector("textarea")!, { target: { value: "Your {traking} number" } });
    fireEvent.click(button(form, "Save template"));
    expect((await screen.findByRole("alert")).textContent).toBe("Unknown placeholder {traking}: use only the ones listed.");
  });

  it("rewords a built-in (its greeting still put before it), restores it, hides it and shows it again", async () => {
    const { container, calls } = renderEditor();
    fireEvent.click(button(line(container, "ask-to-wait"), "Edit"));
    const form = line(container, "ask-to-wait");
    expect(form.textContent).toContain("“Hello {buyer},” is put before it.");
    // A built-in is offered where the extension offers it: no situations to tick.
    expect(form.querySelector(".template-situations")).toBeNull();
    fireEvent.input(form.querySelector("textarea")!, { target: { value: "Please allow a few more days for order {orderId}." } });
    fireEvent.click(button(form, "Save template"));
    await waitFor(() => expect(line(container, "ask-to-wait").textContent).toContain("Reworded by you"));
    fireEvent.click(button(line(container, "ask-to-wait"), "Restore the original"));
    await waitFor(() => expect(line(container, "ask-to-wait").textContent).toContain("Built-in"));
    fireEvent.click(button(line(container, "ask-to-wait"), "Hide"));
    await waitFor(() => expect(line(container, "ask-to-wait").textContent).toContain("Hidden"));
    fireEvent.click(button(line(container, "ask-to-wait"), "Show again"));
    await waitFor(() => expect(line(container, "ask-to-wait").textContent).not.toContain("Hidden"));
    expect(calls).toEqual(["save en/ask-to-wait", "delete en/ask-to-wait", "hide en/ask-to-wait", "delete en/ask-to-wait"]);
  });

  it("says it is loading, and speaks Chinese", () => {
    const { container } = renderEditor([], { templates: null, lang: "zh" });
    expect(container.textContent).toContain("正在载入模板…");
    expect(templateProblemText({ kind: "title-too-long", max: 80 }, "zh")).toBe("标题最多 80 个字符。");
  });
});
