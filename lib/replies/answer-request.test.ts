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
});
