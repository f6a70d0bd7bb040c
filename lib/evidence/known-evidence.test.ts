import { emptyDisputeRecord, emptyOrderRecord } from "../model";
import { checklistEntries, checklistProgress, knownEvidenceOf, NOTHING_KNOWN } from "./known-evidence";

const dispute = (patch: Partial<ReturnType<typeof emptyDisputeRecord>>) => ({ ...emptyDisputeRecord("6000000000000001", "2026-01-01T00:00:00.000Z"), ...patch });
const order = { ...emptyOrderRecord("8000000000000001", "2026-01-01T00:00:00.000Z"), carrier: "Cainiao Standard", trackingNumber: "LP001", paidAt: "2025-12-01T10:00:00.000Z", shippedAt: "2025-12-03T02:00:00.000Z", deliveredAt: null };

describe("knownEvidenceOf", () => {
  it("takes the dispute's carrier and tracking first, the order's for the rest", () => {
    expect(knownEvidenceOf(dispute({ carrier: "AliExpress Standard", trackingNumber: null }), order)).toEqual({
      carrier: "AliExpress Standard", trackingNumber: "LP001", paidAt: "2025-12-01T10:00:00.000Z", shippedAt: "2025-12-03T02:00:00.000Z", deliveredAt: null,
    });
  });
  it("knows nothing more without an order, and blanks are unknown", () => {
    expect(knownEvidenceOf(dispute({ carrier: "  ", trackingNumber: "LP9" }), null)).toEqual({ ...NOTHING_KNOWN, trackingNumber: "LP9" });
  });
});

describe("checklistEntries", () => {
  it("shows known facts beside their items and counts an item the data fills as ready", () => {
    const record = dispute({ reason: "not-received", reasonText: "物流途中", checklist: { "nr-transit-screenshot": true, "all-chat": false } });
    const entries = checklistEntries(record, knownEvidenceOf(record, order));
    const tracking = entries.find((entry) => entry.item.id === "nr-transit-tracking");
    expect(tracking).toMatchObject({ filled: true, ticked: false, done: true, facts: [{ fact: "carrier", value: "Cainiao Standard" }, { fact: "trackingNumber", value: "LP001" }] });
    expect(entries.find((entry) => entry.item.id === "all-logistics")).toMatchObject({
      filled: false,
      facts: [{ fact: "carrier", value: "Cainiao Standard" }, { fact: "trackingNumber", value: "LP001" }, { fact: "shippedAt", value: "2025-12-03T02:00:00.000Z" }],
    });
    expect(checklistProgress(entries)).toEqual({ done: 2, total: 7 });
  });

  it("needs every fact for a filled item: a tracking number without its carrier is not enough", () => {
    const record = dispute({ reason: "not-received", reasonText: "in transit", trackingNumber: "LP2" });
    const entries = checklistEntries(record, knownEvidenceOf(record, null));
    expect(entries.find((entry) => entry.item.id === "nr-transit-tracking")).toMatchObject({ filled: false, done: false, facts: [{ fact: "trackingNumber", value: "LP2" }] });
    expect(checklistProgress(entries)).toEqual({ done: 0, total: 7 });
  });

  it("counts the seller's ticks for reasons without data items", () => {
    const record = dispute({ reason: "counterfeit", checklist: { "counterfeit-invoices": true, "all-chat": true, "gone-item": true } });
    expect(checklistProgress(checklistEntries(record, NOTHING_KNOWN))).toEqual({ done: 2, total: 5 });
  });
});
