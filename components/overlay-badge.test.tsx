// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { OverlayBadge, type OverlayBadgeProps } from "./overlay-badge";
import { overlayStyles } from "./overlay-styles";
import { makeDeadline, makeRecord } from "./test-records";
import { answerRepliesRequest } from "../lib/replies/answer-request";
import type { ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";

const now = new Date("2026-11-26T12:00:00.000Z");
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

const defaultRecord = makeRecord({ reason: "damaged", reasonText: "货物破损", checklist: { "damaged-packing": true } });

function renderBadge(overrides: Partial<OverlayBadgeProps> = {}) {
  const onToggleChecklist = vi.fn<(id: string) => void>();
  const onCopyReply = vi.fn<(text: string) => Promise<boolean>>(async () => true);
  // The background's answer, as the message handler gives it.
  const loadReplies = async (language: ReplyLanguage, values: ReplyValues) => {
    const record = overrides.record ?? defaultRecord;
    return answerRepliesRequest({ reason: record.reason, status: record.status, language, values }).replies;
  };
  const props: OverlayBadgeProps = {
    record: defaultRecord,
    deadlines: [makeDeadline({ dueAt: inHours(5) })],
    now,
    lang: "en",
    browserZone: "Asia/Shanghai",
    platformZone: "America/Los_Angeles",
    onToggleChecklist,
    onCopyReply,
    loadReplies,
    ...overrides,
  };
  return { ...render(<OverlayBadge {...props} />), onToggleChecklist, onCopyReply };
}

afterEach(cleanup);

describe("OverlayBadge", () => {
  it("shows the countdown and status, checklist collapsed", () => {
    const { container } = renderBadge();
    expect(container.querySelector(".countdown")?.textContent).toBe("5 h");
    expect(container.querySelector(".sentinel-badge")?.classList.contains("urgency-red")).toBe(true);
    expect(screen.getByText("Awaiting your response")).toBeTruthy();
    expect(container.querySelector(".sentinel-checklist")).toBeNull();
    expect(screen.getByText("1/6 ready")).toBeTruthy();
  });

  it("opens the checklist for the reason and calls back with the ticked item's id", () => {
    const { onToggleChecklist } = renderBadge();
    const toggle = screen.getByRole("button", { name: /Evidence checklist/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const packing = screen.getByLabelText<HTMLInputElement>("Packing photos or video");
    expect(packing.checked).toBe(true);
    const weight = screen.getByLabelText<HTMLInputElement>("Parcel weight");
    expect(weight.checked).toBe(false);
    fireEvent.click(weight);
    expect(onToggleChecklist).toHaveBeenCalledWith("damaged-weight");
    expect(screen.getByLabelText("Chat records with the buyer")).toBeTruthy();
  });

  it("marks a rule estimate, explanation reachable by focus", () => {
    renderBadge({
      deadlines: [
        makeDeadline({
          source: "rule",
          dueAt: inHours(40),
          explanation: { key: "deadline.rule.afterLastUpdate", params: { start: inHours(-80), hours: 120 } },
        }),
      ],
    });
    const mark = screen.getByText("estimated");
    mark.focus();
    expect(document.activeElement).toBe(mark);
    expect(document.getElementById(mark.getAttribute("aria-describedby") ?? "")?.textContent).toContain(
      "estimated from the last update: 120 h after",
    );
  });

  it("says the deadline is unknown, with why on focus", () => {
    renderBadge({
      deadlines: [],
      unknown: [{ rule: "R-RESPOND", actor: "seller", alarm: true, explanation: { key: "deadline.unknown.noStartSeen", params: {} } }],
      lang: "zh",
    });
    const label = screen.getByText("截止时间未知");
    expect(label.tabIndex).toBe(0);
    expect(document.getElementById(label.getAttribute("aria-describedby") ?? "")?.textContent).toBe("未看到此阶段的开始时间");
  });

  it("shows no countdown for a closed dispute, and speaks Chinese", () => {
    const { container } = renderBadge({
      record: makeRecord({ status: "closed", reason: "counterfeit", reasonText: "假货" }),
      lang: "zh",
      defaultExpanded: true,
    });
    expect(container.querySelector(".countdown")).toBeNull();
    expect(screen.getByText("已结束")).toBeTruthy();
    expect(screen.getByLabelText("品牌授权书")).toBeTruthy();
  });

  it("has styles that keep the badge in the page's flow", () => {
    expect(overlayStyles).toContain(":host");
    expect(overlayStyles).toMatch(/\.sentinel-badge\s*\{[^}]*display: inline-block/);
    expect(overlayStyles).not.toMatch(/position:\s*(absolute|fixed)/);
  });
});

describe("overlay styles in a narrow column", () => {
  it("never widen the page's column and keep the checklist button's words for screen readers", () => {
    expect(overlayStyles).toMatch(/:host\s*\{[^}]*container-type: inline-size/);
    const narrow = overlayStyles.slice(overlayStyles.indexOf("@container"));
    expect(narrow).toMatch(/\.sentinel-toggle-label\s*\{[^}]*clip-path/);
    expect(narrow).not.toMatch(/\.sentinel-toggle-label\s*\{[^}]*display:\s*none/);
  });
});

describe("suggested replies in the overlay", () => {
  it("open in the buyer's language, fill the dispute's values, and copy the text as shown", async () => {
    const { container, onCopyReply } = renderBadge({
      record: makeRecord({ reason: "not-received", status: "awaiting-seller", buyer: "Maria", buyerCountry: "BR", orderId: "8183000000000001", trackingNumber: null }),
    });
    expect(container.querySelector(".sentinel-replies")).toBeNull();
    fireEvent.click(screen.getByText("Suggested replies"));
    const select = container.querySelector<HTMLSelectElement>(".sentinel-replies select");
    expect(select?.value).toBe("pt");
    await waitFor(() => expect(container.querySelectorAll(".sentinel-reply-text").length).toBeGreaterThan(0));
    const texts = Array.from(container.querySelectorAll(".sentinel-reply-text")).map((p) => p.textContent ?? "");
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join("\n")).toContain("Maria");
    expect(texts.join("\n")).toContain("8183000000000001");
    expect(texts.join("\n")).not.toMatch(/undefined|\{\w+\}/);
    fireEvent.click(container.querySelector(".sentinel-reply-copy")!);
    expect(onCopyReply).toHaveBeenCalledWith(texts[0]);
    expect(await screen.findByText("Copied")).toBeTruthy();
    // Another language on request; the checklist and the replies never open together.
    fireEvent.change(select!, { target: { value: "ru" } });
    await waitFor(() => expect(container.querySelector(".sentinel-reply-text")?.textContent).toMatch(/[А-Яа-я]/));
    fireEvent.click(screen.getByText("Evidence checklist"));
    expect(container.querySelector(".sentinel-replies")).toBeNull();
    expect(container.querySelector(".sentinel-checklist")).not.toBeNull();
  });

  it("say so when the browser refuses the clipboard", async () => {
    const { container } = renderBadge({ onCopyReply: async () => false });
    fireEvent.click(screen.getByText("Suggested replies"));
    const copy = await waitFor(() => {
      const button = container.querySelector(".sentinel-reply-copy");
      if (!button) throw new Error("replies not loaded yet");
      return button;
    });
    fireEvent.click(copy);
    expect(await screen.findByText("Select the text to copy it")).toBeTruthy();
  });
});

describe("evidence in the overlay", () => {
  it("asks for the order's evidence when the checklist opens, once, and counts what it fills", async () => {
    let asked = 0;
    const loadEvidence = async () => {
      asked++;
      return {
        known: { carrier: "Cainiao", trackingNumber: "LP1", paidAt: null, shippedAt: "2026-11-20T02:00:00.000Z", deliveredAt: null },
        summary: "Order 8190000000000000001 · dispute 5000000000000001",
      };
    };
    const { container } = renderBadge({ record: makeRecord({ reason: "not-received", reasonText: "in transit", carrier: null, trackingNumber: null }), loadEvidence });
    expect(container.querySelector(".sentinel-progress")?.textContent).toBe("0/7 ready");
    expect(asked).toBe(0);
    fireEvent.click(screen.getByText("Evidence checklist"));
    await waitFor(() => expect(container.querySelector(".sentinel-progress")?.textContent).toBe("1/7 ready"));
    expect(container.querySelector('[data-fact="trackingNumber"]')?.textContent).toBe("Tracking number: LP1");
    expect(screen.getByText("Copy evidence summary")).toBeTruthy();
    fireEvent.click(screen.getByText("Hide checklist"));
    fireEvent.click(screen.getByText("Evidence checklist"));
    expect(asked).toBe(1);
  });

  it("passes Insert and the language choice through to the replies", async () => {
    const inserted: string[] = [];
    const languages: string[] = [];
    const { container } = renderBadge({ onInsertReply: async (text) => (inserted.push(text), "inserted"), onReplyLanguageChange: (language) => languages.push(language) });
    fireEvent.click(screen.getByText("Suggested replies"));
    await waitFor(() => expect(container.querySelector(".sentinel-reply-insert")).not.toBeNull());
    fireEvent.click(container.querySelector(".sentinel-reply-insert")!);
    expect(await screen.findByText("Inserted into the reply box")).toBeTruthy();
    fireEvent.change(container.querySelector(".sentinel-replies select")!, { target: { value: "fr" } });
    expect(languages).toEqual(["fr"]);
    expect(inserted).toHaveLength(1);
  });
});

describe("OverlayBadge: the panel remembered on the dispute page", () => {
  it("opens the panel the seller last left open, and reports every change", () => {
    const onPanelChange = vi.fn<(panel: "checklist" | "replies" | null) => void>();
    const { container } = renderBadge({ initialPanel: "checklist", defaultExpanded: false, onPanelChange });
    expect(container.querySelector(".sentinel-checklist")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Hide checklist/ }));
    expect(container.querySelector(".sentinel-checklist")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Suggested replies/ }));
    expect(onPanelChange.mock.calls.map((call) => call[0])).toEqual([null, "replies"]);
  });

  it("starts closed when the seller last closed it, whatever the default", () => {
    const { container } = renderBadge({ initialPanel: null, defaultExpanded: true });
    expect(container.querySelector(".sentinel-checklist")).toBeNull();
  });
});
