import { readOrderDetailJson } from "./order-detail-json";

describe("readOrderDetailJson", () => {
  it("reads the logistics component stored under its name", () => {
    const data = { data: { orderId: 8208460785972844, seller_pc_omd_logistics: { fields: { packages: [{ logisticsServiceName: "AliExpress Standard Shipping", logisticsNumber: "LP00123456789012" }] } } } };
    const { order, warnings } = readOrderDetailJson(data);
    expect(warnings).toEqual([]);
    expect(order).toMatchObject({ orderId: "8208460785972844", carrier: "AliExpress Standard Shipping", trackingNumber: "LP00123456789012", status: null, amount: null });
  });

  it("reads a component that names itself in a list of components", () => {
    const data = {
      data: {
        components: [
          { tag: "seller_pc_omd_base", fields: { logisticsNumber: "NOT-THIS-ONE" } },
          { tag: "seller_pc_omd_logistics_1", fields: { logisticsServiceName: "Cainiao", logisticsNumber: "CN123" } },
        ],
      },
    };
    expect(readOrderDetailJson(data, "8208460785972844").order).toMatchObject({ orderId: "8208460785972844", carrier: "Cainiao", trackingNumber: "CN123" });
  });

  it("says when there is no logistics component", () => {
    const { order, warnings } = readOrderDetailJson({ data: { tradeOrderId: "8208460785972844" } });
    expect(order).toMatchObject({ orderId: "8208460785972844", trackingNumber: null, carrier: null });
    expect(warnings).toEqual([expect.stringMatching(/seller_pc_omd_logistics/)]);
  });

  it("refuses a response for another order and one with no order id", () => {
    expect(readOrderDetailJson({ data: { orderId: "8208460785972844" } }, "8207242428268650").order).toBeNull();
    expect(readOrderDetailJson({ data: {} }).order).toBeNull();
    expect(readOrderDetailJson(null).order).toBeNull();
    expect(readOrderDetailJson({ orderId: 1e20 }).warnings[0]).toMatch(/2\^53/);
  });
});
