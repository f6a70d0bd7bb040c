import { countNeedingAction, disputeGroup, primaryDeadline, sortDisputes } from "./sort-disputes";
import { makeDeadline, makeRecord } from "./test-records";

const now = new Date("2026-11-26T12:00:00.000Z");
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

const sellerDue = (id: string, hours: number) => ({
  record: makeRecord({ disputeId: id }),
  deadlines: [makeDeadline({ dueAt: inHours(hours) })],
});
const platformInfo = makeDeadline({ rule: "R-PLATFORM", actor: "platform", alarm: false, informational: true });

describe("sortDisputes", () => {
  it("puts seller deadlines first by due time, then information, then closed", () => {
    const closed = { record: makeRecord({ disputeId: "9", status: "closed" }), deadlines: [] };
    const buyerMove = {
      record: makeRecord({ disputeId: "7", status: "awaiting-buyer" }),
      deadlines: [makeDeadline({ actor: "buyer", alarm: false, rule: "R-RETURN-SHIP", dueAt: inHours(1) })],
    };
    const unknownButMine = { record: makeRecord({ disputeId: "5", status: "awaiting-seller" }), deadlines: [platformInfo] };
    const items = [closed, buyerMove, sellerDue("3", 48), unknownButMine, sellerDue("2", -1), sellerDue("4", 5)];
    expect(sortDisputes(items).map((i) => i.record.disputeId)).toEqual(["2", "4", "3", "5", "7", "9"]);
  });

  it("sends handled disputes below those still needing action", () => {
    const handled = { ...sellerDue("1", 1), record: makeRecord({ disputeId: "1", handled: true }) };
    expect(sortDisputes([handled, sellerDue("2", 30)]).map((i) => i.record.disputeId)).toEqual(["2", "1"]);
  });

  it("orders closed disputes newest first and does not change its input", () => {
    const a = { record: makeRecord({ disputeId: "a", status: "closed", lastSeenAt: "2026-11-20T00:00:00Z" }), deadlines: [] };
    const b = { record: makeRecord({ disputeId: "b", status: "refunding", lastSeenAt: "2026-11-25T00:00:00Z" }), deadlines: [] };
    const input = [a, b];
    expect(sortDisputes(input).map((i) => i.record.disputeId)).toEqual(["b", "a"]);
    expect(input.map((i) => i.record.disputeId)).toEqual(["a", "b"]);
  });
});

describe("disputeGroup and primaryDeadline", () => {
  it("groups by status and seller clocks", () => {
    expect(disputeGroup(sellerDue("1", 3))).toBe("action");
    expect(disputeGroup({ record: makeRecord({ status: "negotiating" }), deadlines: [platformInfo] })).toBe("information");
    expect(disputeGroup({ record: makeRecord({ status: "closed" }), deadlines: [makeDeadline()] })).toBe("closed");
  });
  it("headlines the earliest seller clock over an earlier information-only one", () => {
    const info = { ...platformInfo, dueAt: inHours(1) };
    const mine = makeDeadline({ dueAt: inHours(10) });
    expect(primaryDeadline([info, mine])).toBe(mine);
    // Information only ("the platform may step in from …") is never headlined as a deadline (DOMAIN.md §1).
    expect(primaryDeadline([info])).toBeNull();
    expect(primaryDeadline([])).toBeNull();
  });
});

describe("countNeedingAction", () => {
  it("counts seller deadlines within 24 h, overdue included, handled and closed excluded", () => {
    const handled = { ...sellerDue("h", 2), record: makeRecord({ disputeId: "h", handled: true }) };
    const closed = { ...sellerDue("c", 2), record: makeRecord({ disputeId: "c", status: "closed" }) };
    const items = [sellerDue("1", -2), sellerDue("2", 23.9), sellerDue("3", 24.1), handled, closed];
    expect(countNeedingAction(items, now)).toBe(2);
  });
});

describe("unknown seller clocks", () => {
  it("keep a dispute in the action group, after the dated ones", () => {
    const unknownMine = {
      record: makeRecord({ disputeId: "u", status: "platform-review" }),
      deadlines: [],
      unknown: [{ rule: "R-EVIDENCE" as const, actor: "seller" as const, alarm: true, explanation: { key: "deadline.unknown.pageOnly", params: {} } }],
    };
    const info = { record: makeRecord({ disputeId: "i", status: "negotiating" }), deadlines: [] };
    expect(disputeGroup(unknownMine)).toBe("action");
    expect(sortDisputes([info, unknownMine, sellerDue("d", 100)]).map((i) => i.record.disputeId)).toEqual(["d", "u", "i"]);
  });
});
