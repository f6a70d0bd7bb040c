// Issue 12 through the background: replies filled from the stored dispute and its order, the buyer's language
// remembered, the evidence a checklist shows, and the seller's templates saved, hidden, restored and used.
import { emptyDisputeRecord, emptyOrderRecord } from "../model";
import { openSentinelDb } from "../db/open";
import { getDispute } from "../db/queries";
import { toStoredDispute } from "../db/to-stored-dispute";
import { createReplyService } from "./reply-service";

const NOW = new Date("2026-01-10T08:00:00.000Z");
const DISPUTE = "6351074783626585";
const ORDER = "8183974713700486";

async function harness() {
  const db = await openSentinelDb(`reply-service-${Math.random()}`, { now: () => NOW });
  const seen = "2026-01-05T00:00:00.000Z";
  await db.put("disputes", toStoredDispute({
    ...emptyDisputeRecord(DISPUTE, seen), orderId: ORDER, status: "awaiting-seller", reason: "not-received", reasonText: "Delivered but not received",
    buyer: "Lucía", buyerCountry: "MX", productTitle: "Ceramic Coffee Mug 350 ml", openedAt: "2026-01-04T17:00:00.000Z",
  }, NOW));
  await db.put("orders", { ...emptyOrderRecord(ORDER, seen), carrier: "Cainiao", trackingNumber: "LP00123456789", paidAt: "2025-12-20T10:00:00.000Z", shippedAt: "2025-12-22T02:00:00.000Z", deliveredAt: "2026-01-03T20:00:00.000Z" });
  await db.add("events", { disputeId: DISPUTE, kind: "opened", at: "2026-01-04T17:00:00.000Z", seenAt: seen });
  let n = 0;
  const service = createReplyService({ db, clock: () => NOW, random: () => (n += 0.1) % 1 });
  return { db, service };
}

describe("suggested replies from the background", () => {
  it("fills the product and the order's carrier, tracking and shipping day, and follows the reason text's sub-case", async () => {
    const { service } = await harness();
    const { replies } = await service.suggestedReplies({ reason: "not-received", status: "platform-review", language: "es", values: {}, disputeId: DISPUTE });
    expect(replies[0]?.id).toBe("platform-statement-delivered");
    // 02:00 UTC on 22 December is the 21st in the seller center's zone (DOMAIN.md §2).
    expect(replies[0]?.text).toContain("se envió el 21 de diciembre de 2025 con Cainiao, número de seguimiento LP00123456789");
    const open = await service.suggestedReplies({ reason: "not-received", status: "awaiting-seller", language: "es", values: { buyer: "Lucía G." }, disputeId: DISPUTE });
    expect(open.replies.map((reply) => reply.id)).toEqual(["delivered-check", "delivered-proof", "offer-reship-or-refund"]);
    expect(open.replies[0]?.text.startsWith("Hola, Lucía G.:")).toBe(true);
  });

  it("answers a forged request with nothing, and an unknown dispute with blanks", async () => {
    const { service } = await harness();
    expect((await service.suggestedReplies({ reason: "stolen", status: "awaiting-seller", language: "en", values: {} } as never)).replies).toEqual([]);
    const { replies } = await service.suggestedReplies({ reason: "damaged", status: "awaiting-seller", language: "en", values: {}, disputeId: "../../x" });
    expect(replies[0]?.text).toContain("[order number] ([product])");
  });
});

describe("the buyer's language, remembered", () => {
  it("stores the choice on the dispute, and forgets it on null", async () => {
    const { db, service } = await harness();
    expect(await service.setBuyerLanguage(DISPUTE, "pt")).toEqual({ buyerLanguage: "pt" });
    expect((await getDispute(db, DISPUTE))?.buyerLanguage).toBe("pt");
    expect(await service.setBuyerLanguage(DISPUTE, null)).toEqual({ buyerLanguage: null });
    expect(await service.setBuyerLanguage(DISPUTE, "it")).toEqual({ buyerLanguage: null });
    expect((await getDispute(db, DISPUTE))?.buyerLanguage).toBeNull();
    expect(await service.setBuyerLanguage("6999999999999999", "de")).toEqual({ buyerLanguage: null });
  });
});

describe("dispute evidence", () => {
  it("gives what is known and the summary in the UI language", async () => {
    const { service } = await harness();
    const evidence = await service.disputeEvidence(DISPUTE, "zh");
    expect(evidence?.known).toEqual({ carrier: "Cainiao", trackingNumber: "LP00123456789", paidAt: "2025-12-20T10:00:00.000Z", shippedAt: "2025-12-22T02:00:00.000Z", deliveredAt: "2026-01-03T20:00:00.000Z" });
    expect(evidence?.summary.split("\n")[0]).toBe(`订单 ${ORDER} · 纠纷 ${DISPUTE}`);
    expect(evidence?.summary).toContain("2026-01-03 12:00 GMT-8  物流跟踪显示已妥投");
    expect(await service.disputeEvidence("6999999999999999", "en")).toBeNull();
  });
});

describe("the seller's templates", () => {
  it("saves one of their own, then uses it where it fits", async () => {
    const { service } = await harness();
    const saved = await service.saveReplyTemplate({ id: null, language: "es", title: "Festivo", text: "Hola {buyer}: volvemos el lunes. Pedido {orderId}.", reasons: ["not-received"], statuses: [] });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.template.id : "";
    expect(id).toMatch(/^own-/);
    const { replies } = await service.suggestedReplies({ reason: "not-received", status: "awaiting-seller", language: "es", values: {}, disputeId: DISPUTE });
    expect(replies[0]).toEqual({ id, title: "Festivo", text: `Hola Lucía: volvemos el lunes. Pedido ${ORDER}.`, origin: "own" });
    expect((await service.deleteReplyTemplate("es", id)).templates).toEqual([]);
  });

  it("refuses a bad draft with its reason and stores nothing", async () => {
    const { service } = await harness();
    expect(await service.saveReplyTemplate({ id: null, language: "en", title: "T", text: "{tracking}", reasons: [], statuses: [] })).toEqual({ ok: false, problem: { kind: "unknown-placeholder", names: ["tracking"] } });
    expect((await service.replyTemplates()).templates).toEqual([]);
  });

  it("hides a built-in and restores it", async () => {
    const { service } = await harness();
    const hidden = await service.hideReplyTemplate("en", "delivered-proof");
    expect(hidden.templates.map((template) => template.key)).toEqual(["en/delivered-proof"]);
    const ids = async () => (await service.suggestedReplies({ reason: "not-received", status: "awaiting-seller", language: "en", values: {}, disputeId: DISPUTE })).replies.map((r) => r.id);
    expect(await ids()).toEqual(["delivered-check", "offer-reship-or-refund"]);
    await service.deleteReplyTemplate("en", "delivered-proof");
    expect(await ids()).toEqual(["delivered-check", "delivered-proof", "offer-reship-or-refund"]);
    // Not a template id: nothing happens.
    expect((await service.hideReplyTemplate("en", "own-x")).templates).toEqual([]);
  });
});
