import { checkSellerTemplate, hiddenBuiltIn, isSellerReplyTemplate, newOwnTemplateId, replyTemplateCatalog, type SellerReplyTemplate } from "./seller-templates";
import { suggestedReplies } from "./suggested-replies";
import { REPLY_TEMPLATE_IDS } from "./template-ids";
import { LANGUAGE_PACKS } from "./texts";

const NOW = new Date("2026-01-10T08:00:00.000Z");
const fixedId = () => "own-abc123";

function saved(draft: Record<string, unknown>): SellerReplyTemplate {
  const result = checkSellerTemplate({ id: null, language: "en", title: "T", text: "Text", reasons: [], statuses: [], ...draft }, NOW, fixedId);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.template;
}

describe("checkSellerTemplate", () => {
  it("makes a row of the seller's own, keyed by language and id, with its situations in the vocabulary's order", () => {
    const template = saved({ language: "pt", title: "  Frete  grátis ", text: " Olá {buyer},\r\nobrigado!  ", reasons: ["quality", "not-received", "quality"], statuses: ["awaiting-seller"] });
    expect(template).toEqual({
      key: "pt/own-abc123", id: "own-abc123", language: "pt", title: "Frete grátis", text: "Olá {buyer},\nobrigado!", hidden: false,
      reasons: ["not-received", "quality"], statuses: ["awaiting-seller"], updatedAt: NOW.toISOString(),
    });
    expect(isSellerReplyTemplate(template)).toBe(true);
  });

  it("rewords a built-in in one language, without situations of its own", () => {
    const template = saved({ id: "tracking-update", language: "de", text: "wir haben es verschickt: {trackingNumber}.", reasons: ["damaged"] });
    expect(template).toMatchObject({ key: "de/tracking-update", id: "tracking-update", reasons: [], statuses: [] });
  });

  it.each([
    [{ title: " " }, "title-empty"],
    [{ title: "x".repeat(81) }, "title-too-long"],
    [{ text: "\n " }, "text-empty"],
    [{ text: "x".repeat(4001) }, "text-too-long"],
    [{ text: "Your {traking} and {orderId}" }, "unknown-placeholder"],
    [{ language: "it" }, "malformed"],
    [{ id: "__proto__" }, "malformed"],
    [{ id: "own-../x" }, "malformed"],
    [{ reasons: ["stolen"] }, "malformed"],
    [{ statuses: "closed" }, "malformed"],
    [{ title: 42 }, "malformed"],
  ])("refuses %j (%s)", (change, kind) => {
    const result = checkSellerTemplate({ id: null, language: "en", title: "T", text: "Text", reasons: [], statuses: [], ...change }, NOW, fixedId);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe(kind);
  });

  it("names the unknown placeholders", () => {
    const result = checkSellerTemplate({ id: null, language: "en", title: "T", text: "{a} {orderId} {b}", reasons: [], statuses: [] }, NOW, fixedId);
    expect(!result.ok && result.problem).toEqual({ kind: "unknown-placeholder", names: ["a", "b"] });
  });

  it("caps the number of new templates, not edits", () => {
    const draft = { id: null, language: "en", title: "T", text: "Text", reasons: [], statuses: [] };
    expect(checkSellerTemplate(draft, NOW, fixedId, 300).ok).toBe(false);
    expect(checkSellerTemplate({ ...draft, id: "own-abc123" }, NOW, fixedId, 300).ok).toBe(true);
  });

  it("makes ids of the own form", () => {
    expect(newOwnTemplateId(() => 0.5)).toMatch(/^own-[a-z0-9]{12}$/);
  });
});

describe("the seller's templates in the suggestions", () => {
  const own = saved({ id: "own-mine", title: "Holiday delay", text: "Hi {buyer}, our team is back on Monday; order {orderId} is safe.", reasons: ["not-received"], statuses: ["awaiting-seller"] });
  const reworded = saved({ id: "ask-to-wait", title: "Please wait", text: "Please give order {orderId} a few more days." });
  const hidden = hiddenBuiltIn("delivered-check", "en", NOW);
  const templates = [own, reworded, hidden];

  it("puts the seller's own first where they fit, rewords and hides built-ins, fills the same placeholders", () => {
    const replies = suggestedReplies("not-received", "awaiting-seller", "en", { buyer: "Ana", orderId: "81" }, { sellerTemplates: templates });
    expect(replies.map((r) => [r.id, r.origin])).toEqual([
      ["own-mine", "own"],
      ["tracking-update", undefined],
      ["ask-to-wait", "edited"],
      ["offer-reship-or-refund", undefined],
    ]);
    expect(replies[0]?.text).toBe("Hi Ana, our team is back on Monday; order 81 is safe.");
    // A reworded buyer text keeps the language's greeting before it.
    expect(replies[2]).toMatchObject({ title: "Please wait", text: "Hello Ana,\n\nPlease give order 81 a few more days." });
  });

  it("leaves them out of other situations and other languages", () => {
    expect(suggestedReplies("damaged", "awaiting-seller", "en", {}, { sellerTemplates: templates }).some((r) => r.id === "own-mine")).toBe(false);
    expect(suggestedReplies("not-received", "closed", "en", {}, { sellerTemplates: templates }).some((r) => r.id === "own-mine")).toBe(false);
    const spanish = suggestedReplies("not-received", "awaiting-seller", "es", {}, { sellerTemplates: templates });
    expect(spanish.map((r) => r.id)).toEqual(["tracking-update", "ask-to-wait", "delivered-check", "offer-reship-or-refund"]);
    expect(spanish.every((r) => r.origin === undefined)).toBe(true);
  });

  it("survives a change of the built-in texts: the seller's words are read from their row, not from the pack", () => {
    const pack = LANGUAGE_PACKS.en.replies as Record<string, { title: string; text: string }>;
    const original = pack["ask-to-wait"];
    pack["ask-to-wait"] = { title: "New built-in", text: "A newer built-in text for {orderId}." };
    try {
      const replies = suggestedReplies("not-received", "awaiting-seller", "en", { orderId: "81" }, { sellerTemplates: templates });
      expect(replies.find((r) => r.id === "ask-to-wait")?.text).toContain("Please give order 81 a few more days.");
      expect(suggestedReplies("not-received", "awaiting-seller", "en", { orderId: "81" }).find((r) => r.id === "ask-to-wait")?.text).toContain("A newer built-in text for 81.");
    } finally {
      if (original) pack["ask-to-wait"] = original;
    }
  });
});

describe("replyTemplateCatalog", () => {
  it("lists every built-in in the language, the seller's changes marked, then their own", () => {
    const templates = [
      saved({ id: "own-mine", title: "Mine", text: "My words" }),
      saved({ id: "ask-to-wait", title: "Please wait", text: "Wait for {orderId}." }),
      hiddenBuiltIn("delivered-check", "en", NOW),
      saved({ id: "own-other", language: "zh", title: "别的", text: "中文" }),
    ];
    const catalog = replyTemplateCatalog("en", templates);
    expect(catalog).toHaveLength(REPLY_TEMPLATE_IDS.length + 1);
    expect(catalog.find((entry) => entry.id === "ask-to-wait")).toMatchObject({ origin: "edited", title: "Please wait", original: { title: "Ask to wait a little longer" }, greeting: "Hello {buyer}," });
    expect(catalog.find((entry) => entry.id === "delivered-check")).toMatchObject({ origin: "built-in", hidden: true });
    expect(catalog.find((entry) => entry.id === "platform-statement-general")?.greeting).toBeNull();
    expect(catalog.at(-1)).toMatchObject({ id: "own-mine", origin: "own", original: null });
  });
});
