// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/preact";
import { DeadlineLine } from "./deadline-line";
import { makeDeadline } from "./test-records";

const now = new Date("2026-11-26T12:00:00.000Z");
const zonesDiffer = { browserZone: "Asia/Shanghai", platformZone: "America/Los_Angeles" };

afterEach(cleanup);

describe("DeadlineLine", () => {
  it("names the rule, the due time in both zones, whose move and what happens at expiry", () => {
    const { container } = render(
      <DeadlineLine {...zonesDiffer} now={now} lang="en" deadline={makeDeadline({ dueAt: "2026-11-29T01:00:00.000Z" })} />,
    );
    const text = container.textContent ?? "";
    expect(text).toContain("Respond to the dispute");
    expect(text).toContain("your move");
    expect(text).toContain("Due 29 Nov 09:00");
    expect(text).toContain("platform time PT 28 Nov 17:00");
    expect(text).toContain("2 d 13 h");
    expect(text).toContain("Then: the platform carries out the buyer's proposal");
  });

  it("shows one time when the seller's zone is the platform's", () => {
    const { container } = render(
      <DeadlineLine
        browserZone="America/Los_Angeles"
        platformZone="America/Los_Angeles"
        now={now}
        lang="zh"
        deadline={makeDeadline({ dueAt: "2026-11-29T01:00:00.000Z" })}
      />,
    );
    const text = container.textContent ?? "";
    expect(text).toContain("截止 11月28日 17:00");
    expect(text).not.toContain("平台时间");
    expect(text).toContain("超时后：平台将按买家方案执行");
  });

  it("explains a rule estimate behind its mark, with the start in the seller's zone", () => {
    render(
      <DeadlineLine
        {...zonesDiffer}
        now={now}
        lang="en"
        deadline={makeDeadline({
          source: "rule",
          startEvent: "buyer-change",
          startAt: "2026-11-24T01:00:00.000Z",
          dueAt: "2026-11-29T01:00:00.000Z",
          explanation: { key: "deadline.rule.afterBuyerChange", params: { start: "2026-11-24T01:00:00.000Z", hours: 120 } },
        })}
      />,
    );
    const mark = screen.getByText("estimated");
    const tooltip = document.getElementById(mark.getAttribute("aria-describedby") ?? "");
    expect(tooltip?.textContent).toContain("120 h after the buyer changed the request on 24 Nov 09:00 (PT 23 Nov 17:00)");
  });

  it("marks information-only clocks and never colours them", () => {
    const { container } = render(
      <DeadlineLine
        {...zonesDiffer}
        now={now}
        lang="en"
        deadline={makeDeadline({ rule: "R-PLATFORM", actor: "platform", alarm: false, informational: true, dueAt: "2026-11-26T13:00:00.000Z" })}
      />,
    );
    expect(container.textContent).toContain("for information");
    expect(container.querySelector(".urgency-red")).toBeNull();
  });

  it("says Deadline unknown and why", () => {
    const { container } = render(
      <DeadlineLine
        {...zonesDiffer}
        now={now}
        lang="en"
        unknown={{
          rule: "R-RESPOND",
          actor: "seller",
          alarm: true,
          explanation: { key: "deadline.unknown.noBuyerChangeSeen", params: { openedAt: "2026-11-10T01:00:00.000Z", hours: 120 } },
        }}
      />,
    );
    const text = container.textContent ?? "";
    expect(text).toContain("Deadline unknown");
    expect(text).toContain("The dispute is older than 5 days (opened 10 Nov 09:00 (PT 9 Nov 17:00))");
    expect(container.querySelector(".countdown")).toBeNull();
  });
});
