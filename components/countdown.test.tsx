// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/preact";
import { Countdown } from "./countdown";

const now = new Date("2026-11-26T12:00:00.000Z");
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

afterEach(cleanup);

describe("Countdown", () => {
  it("shows the time left from now, coloured by urgency", () => {
    const { container } = render(
      <Countdown dueAt={inHours(5 + 1 / 3)} now={now} lang="en" source="page" explanation="shown by the page" />,
    );
    expect(container.textContent).toBe("5 h 20 min");
    expect(container.querySelector(".countdown")?.classList.contains("urgency-red")).toBe(true);
    expect(screen.queryByText("estimated")).toBeNull();
  });

  it("re-renders from a new now", () => {
    const { container, rerender } = render(
      <Countdown dueAt={inHours(30)} now={now} lang="zh" source="page" explanation="" />,
    );
    expect(container.textContent).toBe("1天6小时");
    expect(container.querySelector(".urgency-grey")).not.toBeNull();
    rerender(<Countdown dueAt={inHours(30)} now={new Date(now.getTime() + 10 * 3_600_000)} lang="zh" source="page" explanation="" />);
    expect(container.textContent).toBe("20小时");
    expect(container.querySelector(".urgency-amber")).not.toBeNull();
  });

  it("shows overdue distinctly", () => {
    const { container } = render(<Countdown dueAt={inHours(-3)} now={now} lang="en" source="page" explanation="" />);
    expect(container.textContent).toContain("overdue 3 h");
    const countdown = container.querySelector(".countdown");
    expect(countdown?.getAttribute("data-overdue")).toBe("true");
    expect(countdown?.classList.contains("countdown-overdue")).toBe(true);
  });

  it("marks a rule estimate and makes its explanation reachable by keyboard", () => {
    render(<Countdown dueAt={inHours(50)} now={now} lang="en" source="rule" explanation="estimated: 120 h after X" />);
    const mark = screen.getByText("estimated");
    expect(mark.tabIndex).toBe(0);
    expect(mark.getAttribute("title")).toContain("estimated: 120 h after X");
    const tooltipId = mark.getAttribute("aria-describedby");
    expect(tooltipId).toBeTruthy();
    const tooltip = document.getElementById(tooltipId ?? "");
    expect(tooltip?.getAttribute("role")).toBe("tooltip");
    expect(tooltip?.textContent).toContain("estimated: 120 h after X");
    mark.focus();
    expect(document.activeElement).toBe(mark);
  });

  it("says 估算 in Chinese", () => {
    render(<Countdown dueAt={inHours(50)} now={now} lang="zh" source="rule" explanation="按规则" />);
    expect(screen.getByText("估算")).toBeTruthy();
  });

  it("says < 1 h for an imprecise page countdown, and overdue once past it", () => {
    const { container, rerender } = render(
      <Countdown dueAt={inHours(0.9)} now={now} lang="en" source="page" explanation="" imprecise />,
    );
    expect(container.textContent).toBe("< 1 h");
    rerender(<Countdown dueAt={inHours(-1)} now={now} lang="en" source="page" explanation="" imprecise />);
    expect(container.textContent).toContain("overdue 1 h");
  });

  it("stays grey when not the seller's clock", () => {
    const { container } = render(
      <Countdown dueAt={inHours(1)} now={now} lang="en" source="page" explanation="" coloured={false} />,
    );
    expect(container.querySelector(".urgency-grey")).not.toBeNull();
  });
});
