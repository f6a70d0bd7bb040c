import { DISPUTE_REASONS } from "../model";
import { checklistItemText, evidenceChecklist, notReceivedCase } from "./checklists";

const ids = (reason: Parameters<typeof evidenceChecklist>[0], text: string | null) =>
  evidenceChecklist(reason, text).map((item) => item.id);

describe("evidenceChecklist", () => {
  it("appends the every-reason items to every reason, last", () => {
    for (const reason of DISPUTE_REASONS) {
      const list = ids(reason, null);
      expect(list.slice(-3)).toEqual(["all-chat", "all-logistics", "all-order-screenshot"]);
    }
  });

  it("has unique ids and text in both languages for every reason", () => {
    for (const reason of DISPUTE_REASONS) {
      const items = evidenceChecklist(reason, null);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) {
        expect(checklistItemText(i, "en").length).toBeGreaterThan(3);
        expect(checklistItemText(i, "zh").length).toBeGreaterThan(1);
      }
    }
  });

  it("gives the reason-specific items of DOMAIN.md §5", () => {
    expect(ids("damaged", "货物破损")).toContain("damaged-packing");
    expect(ids("counterfeit", null)).toEqual(["counterfeit-authorisation", "counterfeit-invoices", "all-chat", "all-logistics", "all-order-screenshot"]);
    expect(ids("wrong-item", "发错货")).toEqual(ids("not-as-described", "Color not as described"));
    expect(ids("other", "其他")).toEqual(["all-chat", "all-logistics", "all-order-screenshot"]);
  });

  it("splits not-received by the sub-case the reason text names", () => {
    expect(ids("not-received", "物流途中")).toContain("nr-transit-tracking");
    expect(ids("not-received", "Still in transit")).not.toContain("nr-delivered-proof");
    expect(ids("not-received", "显示妥投但未收到")).toContain("nr-delivered-proof");
    expect(ids("not-received", "Delivered but not received")).not.toContain("nr-transit-extend");
    expect(ids("not-received", "海关扣关")).toContain("nr-customs-documents");
    expect(ids("not-received", "Package returned")).toContain("nr-customs-refusal");
    expect(ids("not-received", "地址错误")).toContain("nr-customs-address");
  });

  it("gives each sub-case of DOMAIN.md §5 its own list: in transit, shown delivered, customs, returned", () => {
    const specific = (text: string) => ids("not-received", text).slice(0, -3);
    expect(specific("物流途中")).toEqual(["nr-transit-tracking", "nr-transit-screenshot", "nr-transit-promise", "nr-transit-extend"]);
    expect(specific("Delivered but not received")).toEqual(["nr-delivered-proof", "nr-delivered-screenshot", "nr-delivered-address"]);
    expect(specific("Held by customs")).toEqual(["nr-customs-documents", "nr-customs-address", "nr-customs-refusal"]);
    expect(specific("Package returned")).toEqual(specific("Held by customs"));
    expect(specific("地址错误")).toEqual(specific("Held by customs"));
  });

  it("shows every not-received sub-case when the text names none", () => {
    const list = ids("not-received", "Item not received");
    expect(list).toEqual(expect.arrayContaining(["nr-transit-tracking", "nr-delivered-proof", "nr-customs-documents"]));
    expect(ids("not-received", null)).toEqual(list);
  });
});

describe("notReceivedCase", () => {
  it("reads the sub-case in both languages", () => {
    expect(notReceivedCase("物流途中")).toBe("in-transit");
    expect(notReceivedCase("Held by customs")).toBe("customs");
    expect(notReceivedCase("海关扣关")).toBe("customs");
    expect(notReceivedCase("Wrong address")).toBe("returned");
    expect(notReceivedCase("包裹退回")).toBe("returned");
    expect(notReceivedCase("Package returned")).toBe("returned");
    expect(notReceivedCase("显示妥投但未收到")).toBe("delivered");
    expect(notReceivedCase("Still in transit")).toBe("in-transit");
    expect(notReceivedCase("Item not received")).toBeNull();
    expect(notReceivedCase("Delivered but not received")).toBe("delivered");
    expect(notReceivedCase("运单号无效")).toBeNull();
    expect(notReceivedCase(null)).toBeNull();
  });
});
