// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { EvidenceChecklist, type EvidenceChecklistProps } from "./evidence-checklist";
import { makeRecord } from "./test-records";
import { NOTHING_KNOWN } from "../lib/evidence/known-evidence";

afterEach(cleanup);

const known = { ...NOTHING_KNOWN, carrier: "Cainiao", trackingNumber: "LP00123456789", shippedAt: "2026-11-20T02:00:00.000Z" };

function renderChecklist(overrides: Partial<EvidenceChecklistProps> = {}) {
  const toggled: string[] = [];
  const props: EvidenceChecklistProps = {
    record: makeRecord({ reason: "not-received", reasonText: "物流途中", checklist: { "all-chat": true } }),
    known,
    lang: "en",
    browserZone: "Asia/Shanghai",
    platformZone: "America/Los_Angeles",
    onToggle: (id) => toggled.push(id),
    showProgress: true,
    ...overrides,
  };
  return { ...render(<EvidenceChecklist {...props} />), toggled };
}

describe("EvidenceChecklist", () => {
  it("lists the sub-case's items with progress, known facts beside them, a filled item ticked and fixed", () => {
    const { container, toggled } = renderChecklist();
    expect(container.querySelector(".sentinel-progress")?.textContent).toBe("2/7 ready");
    const tracking = container.querySelector('[data-item-id="nr-transit-tracking"]');
    expect(tracking?.querySelector("input")?.checked).toBe(true);
    expect(tracking?.querySelector("input")?.disabled).toBe(true);
    expect(tracking?.querySelector(".checklist-facts")?.textContent).toBe("Carrier: CainiaoTracking number: LP00123456789");
    const logistics = container.querySelector('[data-item-id="all-logistics"]');
    expect(logistics?.querySelector('[data-fact="shippedAt"]')?.textContent).toMatch(/^Shipped: 20 Nov 10:00/);
    fireEvent.click(container.querySelector('[data-item-id="nr-transit-screenshot"] input')!);
    expect(toggled).toEqual(["nr-transit-screenshot"]);
  });

  it("speaks Chinese", () => {
    const { container } = renderChecklist({ lang: "zh" });
    expect(container.querySelector(".sentinel-progress")?.textContent).toBe("已备 2/7");
    expect(container.querySelector('[data-item-id="nr-transit-tracking"]')?.textContent).toContain("物流商：Cainiao");
  });

  it("copies the evidence summary and shows it", async () => {
    const copied: string[] = [];
    const summary = "Order 8190000000000000001 · dispute 5000000000000001\n\nTimeline:\n2026-11-19 18:00 GMT-8  Order shipped";
    const { container } = renderChecklist({ summary, onCopy: async (text) => (copied.push(text), true) });
    fireEvent.click(screen.getByText("Copy evidence summary"));
    expect(await screen.findByText(/Summary copied/)).toBeTruthy();
    expect(copied).toEqual([summary]);
    expect(container.querySelector(".sentinel-evidence-text")?.textContent).toBe(summary);
  });

  it("offers no summary until it is loaded", () => {
    const { container } = renderChecklist({ summary: null, onCopy: async () => true });
    expect(container.querySelector(".sentinel-evidence-copy")).toBeNull();
  });
});
