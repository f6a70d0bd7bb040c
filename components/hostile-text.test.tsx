// @vitest-environment jsdom
// Buyer names, product titles, notes and store names come from pages and people: hostile HTML in them must show
// as text in every view of the popup (DESIGN.md principle 8), never become elements or run.
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { PopupApp } from "./popup-app";
import { DisputeView } from "./dispute-view";
import { makeDeadline, makeRecord } from "./test-records";

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>`;
const now = new Date("2026-11-26T12:00:00.000Z");
const zones = { browserZone: "Asia/Shanghai", platformZone: "America/Los_Angeles" };
const noop = () => undefined;

function expectInert(container: Element): void {
  expect(container.querySelector("img, script, b")).toBeNull();
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  expect(container.textContent).toContain(HOSTILE);
}

afterEach(cleanup);

describe("hostile text in the popup", () => {
  const record = makeRecord({ disputeId: "1", channelId: "1", buyer: HOSTILE, productTitle: HOSTILE, note: HOSTILE, reason: "unknown", reasonText: HOSTILE, statusText: HOSTILE, status: "unknown" });
  const other = makeRecord({ disputeId: "2", channelId: "2", buyer: HOSTILE });
  const items = [{ record, deadlines: [makeDeadline()] }, { record: other, deadlines: [] }];

  it("renders buyer, product, reason, status and store names as text in the list, also grouped by buyer", () => {
    const { container } = render(
      <PopupApp items={items} notices={[]} now={now} lang="en" {...zones} storeNames={{ "1": HOSTILE }} onOpen={noop} onSnooze={noop} onToggleHandled={noop} onOpenOptions={noop} />,
    );
    expectInert(container);
    fireEvent.click(screen.getByLabelText("Group by buyer"));
    expectInert(container);
    expect(container.querySelector(".buyer-group-title")?.textContent).toContain(HOSTILE);
  });

  it("renders the note, buyer and product as text in the dispute view", () => {
    const { container } = render(
      <DisputeView
        item={items[0]!}
        timeline={[{ disputeId: "1", kind: "status-change", at: "2026-11-25T10:00:00.000Z", seenAt: "2026-11-25T10:00:00.000Z", detail: HOSTILE, from: HOSTILE, to: "closed" }]}
        order={null}
        evidence={null}
        now={now}
        lang="en"
        {...zones}
        onBack={noop}
        onOpen={noop}
        onToggleHandled={noop}
        onToggleChecklist={noop}
        onSaveNote={async () => undefined}
        onCopy={async () => true}
        loadReplies={async () => []}
      />,
    );
    expectInert(container);
    expect((container.querySelector("textarea") as HTMLTextAreaElement).value).toBe(HOSTILE);
  });
});
