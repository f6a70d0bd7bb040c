// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { PopupApp, type PopupAppProps } from "./popup-app";
import { makeDeadline, makeRecord } from "./test-records";

const now = new Date("2026-11-26T12:00:00.000Z");
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

// 19-digit order id: beyond 2^53, so any trip through Number would change its last digits.
const LONG_ORDER_ID = "8190123456789012345";

function renderPopup(overrides: Partial<PopupAppProps> = {}) {
  const callbacks = {
    onOpen: vi.fn<(id: string) => void>(),
    onSnooze: vi.fn<(id: string) => void>(),
    onToggleHandled: vi.fn<(id: string) => void>(),
    onOpenOptions: vi.fn<() => void>(),
  };
  const props: PopupAppProps = {
    items: [],
    notices: [],
    now,
    lang: "en",
    browserZone: "Asia/Shanghai",
    platformZone: "America/Los_Angeles",
    ...callbacks,
    ...overrides,
  };
  return { ...render(<PopupApp {...props} />), callbacks };
}

const items = [
  {
    record: makeRecord({ disputeId: "100", orderId: "8100000000000000100", status: "negotiating", productTitle: "Info only" }),
    deadlines: [makeDeadline({ rule: "R-PLATFORM", actor: "platform", alarm: false, informational: true, dueAt: inHours(2) })],
  },
  {
    record: makeRecord({ disputeId: "200", orderId: LONG_ORDER_ID, productTitle: "Due later" }),
    deadlines: [
      makeDeadline({
        source: "rule",
        dueAt: inHours(50),
        startAt: inHours(-70),
        explanation: { key: "deadline.rule.afterBuyerChange", params: { start: inHours(-70), hours: 120 } },
      }),
    ],
  },
  {
    record: makeRecord({ disputeId: "300", orderId: "8100000000000000300", productTitle: "Due soon", lastSeenAt: inHours(-5) }),
    deadlines: [makeDeadline({ dueAt: inHours(3) })],
  },
  {
    record: makeRecord({ disputeId: "400", orderId: "8100000000000000400", status: "closed", productTitle: "Finished" }),
    deadlines: [],
  },
];

afterEach(cleanup);

describe("PopupApp", () => {
  it("lists disputes most urgent first, information next, closed collapsed last", () => {
    const { container } = renderPopup({ items });
    const ids = [...container.querySelectorAll("[data-dispute-id]")].map((row) => row.getAttribute("data-dispute-id"));
    expect(ids).toEqual(["300", "200", "100", "400"]);
    const closedSection = container.querySelector("details.closed-section");
    expect(closedSection?.hasAttribute("open")).toBe(false);
    expect(closedSection?.querySelector('[data-dispute-id="400"]')).not.toBeNull();
  });

  it("counts disputes needing action within 24 h", () => {
    renderPopup({ items });
    expect(screen.getByText("1 need action within 24 h")).toBeTruthy();
    expect(screen.getByText("3 open")).toBeTruthy();
  });

  it("shows the full order id as text, never cut", () => {
    const { container } = renderPopup({ items });
    const row = container.querySelector('[data-dispute-id="200"]');
    expect(row?.querySelector(".order-id")?.textContent).toBe(LONG_ORDER_ID);
  });

  it("marks a rule estimate with its explanation reachable by focus", () => {
    const { container } = renderPopup({ items });
    const row = container.querySelector<HTMLElement>('[data-dispute-id="200"]');
    if (row === null) throw new Error("row 200 not rendered");
    const mark = within(row).getByText("estimated");
    mark.focus();
    expect(document.activeElement).toBe(mark);
    const tooltip = document.getElementById(mark.getAttribute("aria-describedby") ?? "");
    expect(tooltip?.textContent).toContain("120 h after the buyer changed the request");
    expect(within(row).getByText("2 d 2 h")).toBeTruthy();
  });

  it("shows how old the data is", () => {
    const { container } = renderPopup({ items });
    expect(container.querySelector('[data-dispute-id="300"] .data-age')?.textContent).toBe("data 5 h old");
  });

  it("calls back with the dispute id from each button", () => {
    const { container, callbacks } = renderPopup({ items });
    const row = container.querySelector<HTMLElement>('[data-dispute-id="300"]');
    if (row === null) throw new Error("row 300 not rendered");
    fireEvent.click(within(row).getByText("Open"));
    fireEvent.click(within(row).getByText("Snooze 1 h"));
    fireEvent.click(within(row).getByText("Mark handled"));
    fireEvent.click(screen.getByText("Settings"));
    expect(callbacks.onOpen).toHaveBeenCalledWith("300");
    expect(callbacks.onSnooze).toHaveBeenCalledWith("300");
    expect(callbacks.onToggleHandled).toHaveBeenCalledWith("300");
    expect(callbacks.onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it("tells a new seller what to do when there is nothing yet", () => {
    renderPopup();
    expect(screen.getByText(/Open your dispute list in the seller center; disputes appear here as you browse them/)).toBeTruthy();
    expect(document.querySelector(".dispute-list")).toBeNull();
  });

  it("shows stale-list and login notices", () => {
    renderPopup({
      notices: [
        { kind: "stale-list", channelId: "238201", lastCompleteReadAt: inHours(-30) },
        { kind: "login-expired", channelId: "999", since: inHours(-2) },
      ],
      storeNames: { "999": "Blue Shop" },
    });
    expect(
      screen.getByText("The dispute list of store 238201 was last read completely 1 d 6 h ago. Open it to refresh."),
    ).toBeTruthy();
    expect(screen.getByText(/Seller-center login expired for Blue Shop \(2 h ago\)/)).toBeTruthy();
  });

  it("speaks Chinese", () => {
    renderPopup({ items, lang: "zh" });
    expect(screen.getByText("1 个需在24小时内处理")).toBeTruthy();
    expect(screen.getAllByText("估算").length).toBe(1);
    expect(screen.getAllByText("打开").length).toBe(4);
  });

  it("says a running clock is unknown, and why", () => {
    const { container } = renderPopup({
      items: [
        {
          record: makeRecord({ disputeId: "500" }),
          deadlines: [],
          unknown: [{ rule: "R-RESPOND", actor: "seller", alarm: true, explanation: { key: "deadline.unknown.noStartSeen", params: {} } }],
        },
      ],
    });
    const row = container.querySelector('[data-dispute-id="500"]');
    expect(row?.textContent).toContain("Deadline unknown");
    expect(row?.textContent).toContain("We have not seen when this step started");
  });
});

describe("PopupApp: urgency not by colour alone", () => {
  it("says overdue, within 6 h and within 24 h in words beside the colour", () => {
    const row = (id: string, hours: number) => ({ record: makeRecord({ disputeId: id }), deadlines: [makeDeadline({ dueAt: inHours(hours) })] });
    const { container } = renderPopup({ items: [row("1", -1), row("2", 3), row("3", 20), row("4", 60)] });
    const label = (id: string) => container.querySelector(`[data-dispute-id="${id}"] .urgency-label`)?.textContent ?? null;
    expect([label("1"), label("2"), label("3"), label("4")]).toEqual(["⚠ Overdue", "‼ Due within 6 h", "! Due within 24 h", null]);
  });
});
