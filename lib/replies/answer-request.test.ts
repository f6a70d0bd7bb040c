import { answerRepliesRequest } from "./answer-request";
import { suggestedReplies } from "./suggested-replies";
import type { RequestOf } from "../messages";

describe("answerRepliesRequest", () => {
  it("writes the replies for the situation and language, with the given values", () => {
    const request: RequestOf<"suggested-replies"> = { reason: "not-received", status: "awaiting-seller", language: "es", values: { buyer: "Lucía", orderId: "8183000000000001" } };
    const { replies } = answerRepliesRequest(request);
    expect(replies).toEqual(suggestedReplies("not-received", "awaiting-seller", "es", { buyer: "Lucía", orderId: "8183000000000001" }));
    expect(replies.some((reply) => reply.text.includes("Lucía"))).toBe(true);
  });

  it("answers nothing for a reason, status or language it does not know", () => {
    const forged = (patch: Record<string, unknown>) => ({ reason: "damaged", status: "awaiting-seller", language: "en", values: {}, ...patch }) as RequestOf<"suggested-replies">;
    expect(answerRepliesRequest(forged({ reason: "stolen" })).replies).toEqual([]);
    expect(answerRepliesRequest(forged({ status: "done" })).replies).toEqual([]);
    expect(answerRepliesRequest(forged({ language: "xx" })).replies).toEqual([]);
    expect(answerRepliesRequest(forged({})).replies.length).toBeGreaterThan(0);
  });

  it("keeps only known values of the right type: the rest shows as blanks", () => {
    const request = { reason: "not-received", status: "awaiting-seller", language: "en", values: { buyer: 42, orderId: { toString: "x" }, daysLeft: "3", refund: { amount: 12.5, currency: "USD" }, extra: "<b>" } } as unknown as RequestOf<"suggested-replies">;
    const texts = answerRepliesRequest(request).replies.map((reply) => reply.text).join("\n");
    expect(texts).not.toMatch(/\b42\b|\[object|undefined|<b>/);
    expect(texts).toContain("[order number]");
  });

  it("fills from the stored dispute and its order what the request leaves unknown; the request's own values win", () => {
    const request: RequestOf<"suggested-replies"> = { reason: "not-received", status: "awaiting-seller", language: "en", values: { buyer: "Ana", carrier: " " } };
    const { replies } = answerRepliesRequest(request, {
      dispute: { reasonText: "Still in transit", buyer: "ana_b", orderId: "81", productTitle: "Mug", carrier: null, trackingNumber: null, refundRequested: { amount: 5, currency: "USD" } },
      order: { buyer: null, carrier: "Cainiao", trackingNumber: "LP1", shippedAt: "2025-03-20" },
    });
    expect(replies.map((reply) => reply.id)).toEqual(["tracking-update", "ask-to-wait", "delay-partial-refund", "offer-reship-or-refund"]);
    expect(replies[0]?.text).toBe(
      "Hello Ana,\n\nThank you for contacting us about order 81, and sorry for the wait. Your parcel was shipped on March 20, 2025 with Cainiao; the tracking number is LP1. According to the latest tracking information, it is on its way to you. We are following it closely and will keep you updated.",
    );
    expect(replies[2]?.text).toContain("partial refund of $5.00");
  });

  it("leaves the amount of a partial offer blank when the buyer asks for the whole order: the seller chooses it", () => {
    const request: RequestOf<"suggested-replies"> = { reason: "not-received", status: "awaiting-seller", language: "en", values: {} };
    const dispute = { reasonText: "Still in transit", buyer: null, orderId: "81", productTitle: null, carrier: null, trackingNumber: null };
    const full = answerRepliesRequest(request, { dispute: { ...dispute, refundRequested: { amount: 21.8, currency: "USD" }, orderAmount: { amount: 21.8, currency: "USD" } } }).replies;
    expect(full.find((reply) => reply.id === "delay-partial-refund")?.text).toContain("partial refund of [refund amount]");
    expect(full.find((reply) => reply.id === "offer-reship-or-refund")?.text).toContain("refund $21.80");
    const part = answerRepliesRequest(request, { dispute: { ...dispute, refundRequested: { amount: 5, currency: "USD" }, orderAmount: { amount: 21.8, currency: "USD" } } }).replies;
    expect(part.find((reply) => reply.id === "delay-partial-refund")?.text).toContain("partial refund of $5.00");
  });
});
