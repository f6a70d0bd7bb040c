import { countOpenedToday, filterCounts, filterDisputes, groupByBuyer, matchesSearch } from "./popup-filter";
import { makeDeadline, makeRecord } from "./test-records";
import type { DisputeWithDeadlines } from "./sort-disputes";

const now = new Date("2026-11-26T12:00:00.000Z"); // 20:00 in Shanghai
const item = (record: Parameters<typeof makeRecord>[0], deadlines = [makeDeadline()]): DisputeWithDeadlines => ({ record: makeRecord(record), deadlines });

const items = [
  item({ disputeId: "1", status: "awaiting-seller", buyer: "Maria K.", orderId: "8190000000000000001", productTitle: "Wireless earbuds" }),
  item({ disputeId: "2", status: "awaiting-buyer", buyer: "maria k.", orderId: "8190000000000000002", productTitle: "Phone case" }, []),
  item({ disputeId: "3", status: "platform-review", buyer: "Jan", orderId: "8190000000000000003", productTitle: "Desk lamp" }, []),
  item({ disputeId: "4", status: "closed", buyer: "Maria K.", orderId: "8190000000000000004", productTitle: "Desk lamp" }, []),
  item({ disputeId: "5", status: "awaiting-seller", buyer: null, handled: true, orderId: "8190000000000000005", productTitle: "Desk lamp" }),
  item({ disputeId: "6", status: "awaiting-buyer-return", buyer: "Jan", orderId: "8190000000000000006", productTitle: "Desk lamp" }, []),
];
const ids = (list: readonly DisputeWithDeadlines[]) => list.map((i) => i.record.disputeId);

describe("popup filters", () => {
  it("shows what each filter names", () => {
    expect(ids(filterDisputes(items, "open", ""))).toEqual(["1", "2", "3", "5", "6"]);
    expect(ids(filterDisputes(items, "needs-action", ""))).toEqual(["1"]);
    expect(ids(filterDisputes(items, "awaiting-buyer", ""))).toEqual(["2", "6"]);
    expect(ids(filterDisputes(items, "platform-review", ""))).toEqual(["3"]);
    expect(ids(filterDisputes(items, "closed", ""))).toEqual(["4"]);
    expect(ids(filterDisputes(items, "handled", ""))).toEqual(["5"]);
    expect(filterCounts(items, "")).toEqual({ open: 5, "needs-action": 1, "awaiting-buyer": 2, "platform-review": 1, closed: 1, handled: 1 });
  });

  it("searches order ids (spaces ignored), product and buyer, every word", () => {
    expect(ids(filterDisputes(items, "open", "8190 0000 0000 0000 003"))).toEqual(["3"]);
    expect(ids(filterDisputes(items, "open", "EARBUDS"))).toEqual(["1"]);
    expect(ids(filterDisputes(items, "open", "maria case"))).toEqual(["2"]);
    expect(matchesSearch(items[0]!, "   ")).toBe(true);
    expect(filterCounts(items, "jan")).toMatchObject({ open: 2, "platform-review": 1, closed: 0 });
  });

  it("counts disputes opened today in the seller's zone", () => {
    const today = [
      item({ disputeId: "a", openedAt: "2026-11-25T16:30:00.000Z" }), // 00:30 on the 26th in Shanghai
      item({ disputeId: "b", openedAt: "2026-11-25T15:30:00.000Z" }), // 23:30 on the 25th in Shanghai
      item({ disputeId: "c", openedAt: null, firstSeenAt: "2026-11-26T11:00:00.000Z" }),
    ];
    expect(countOpenedToday(today, now, "Asia/Shanghai")).toBe(2);
    expect(countOpenedToday(today, now, "UTC")).toBe(1);
  });

  it("groups by buyer, repeat claimants first, unknown buyers last", () => {
    const groups = groupByBuyer(items);
    expect(groups.map((g) => [g.buyer, ids(g.items)])).toEqual([
      ["Maria K.", ["1", "2", "4"]],
      ["Jan", ["3", "6"]],
      [null, ["5"]],
    ]);
  });
});
