import { DISPUTE_REASONS, DISPUTE_STATUSES, type DisputeReason, type DisputeStatus } from "../model";
import { REPLY_LANGUAGES, type ReplyLanguage } from "./languages";
import { PLACEHOLDER_NAMES, placeholdersIn, type ReplyValues } from "./placeholders";
import { replyTemplatesFor } from "./situations";
import { suggestedReplies } from "./suggested-replies";
import { REPLY_TEMPLATE_IDS } from "./template-ids";
import { LANGUAGE_PACKS } from "./texts";
import { NOT_RECEIVED_CASES, type NotReceivedCase } from "../evidence/not-received-case";

const FULL_VALUES: ReplyValues = {
  buyer: "Maria",
  orderId: "8123456789012345",
  product: "Ceramic Coffee Mug 350 ml",
  carrier: "Cainiao",
  trackingNumber: "LP00123456789",
  shippedAt: "2025-03-20",
  daysLeft: 3,
  refund: "US $12.50",
};

const EVERY_SITUATION: Array<[DisputeReason, DisputeStatus, ReplyLanguage]> = DISPUTE_REASONS.flatMap((reason) =>
  DISPUTE_STATUSES.flatMap((status) => REPLY_LANGUAGES.map((language) => [reason, status, language] as [DisputeReason, DisputeStatus, ReplyLanguage])),
);

const ids = (reason: DisputeReason, status: DisputeStatus) => suggestedReplies(reason, status, "en").map((reply) => reply.id);

describe("suggestedReplies in every reason × status × language", () => {
  it("covers all 9 reasons × 9 statuses × 9 languages", () => {
    expect(EVERY_SITUATION).toHaveLength(DISPUTE_REASONS.length * DISPUTE_STATUSES.length * REPLY_LANGUAGES.length);
    expect(REPLY_LANGUAGES).toEqual(expect.arrayContaining(["en", "es", "fr", "pt", "ru", "de", "pl", "ko", "zh"]));
  });

  it("gives 1–4 replies with a title and a text, unique kebab-case ids, and nothing left unfilled", () => {
    for (const [reason, status, language] of EVERY_SITUATION) {
      const situation = `${reason} × ${status} × ${language}`;
      for (const values of [FULL_VALUES, {}]) {
        const replies = suggestedReplies(reason, status, language, values);
        expect(replies.length, situation).toBeGreaterThanOrEqual(1);
        expect(replies.length, situation).toBeLessThanOrEqual(4);
        expect(new Set(replies.map((r) => r.id)).size, situation).toBe(replies.length);
        for (const reply of replies) {
          expect(reply.id, situation).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(reply.title.trim().length, situation).toBeGreaterThan(1);
          expect(reply.text.trim().length, situation).toBeGreaterThan(40);
          expect(reply.text, `${situation} ${reply.id}`).not.toMatch(/[{}]/);
          expect(`${reply.title} ${reply.text}`, `${situation} ${reply.id}`).not.toMatch(/undefined|null|NaN|\[object/);
        }
      }
    }
  });

  it("uses the same ids in every language, so the UI can switch language without losing the choice", () => {
    for (const reason of DISPUTE_REASONS) {
      for (const status of DISPUTE_STATUSES) {
        const english = ids(reason, status);
        for (const language of REPLY_LANGUAGES) expect(suggestedReplies(reason, status, language).map((r) => r.id)).toEqual(english);
      }
    }
  });

  it("keeps ids stable (they are handed out to the UI and the CLI)", () => {
    expect(ids("not-received", "awaiting-seller")).toEqual(["tracking-update", "ask-to-wait", "delivered-check", "offer-reship-or-refund"]);
    expect(ids("damaged", "negotiating")).toEqual(["ask-photos", "offer-partial-refund", "offer-return-refund"]);
    expect(ids("quality", "platform-review")).toEqual(["platform-statement-item", "still-willing-to-resolve"]);
  });
});

// The issue's proof: every reason × every status where the seller has a move × every language (and, for "not
// received", every sub-case): at least one reply, only known placeholders, nothing unfilled, the language's script.
describe("every actionable situation in every language", () => {
  const ACTIONABLE: DisputeStatus[] = ["awaiting-seller", "awaiting-seller-receipt", "platform-review", "awaiting-buyer", "negotiating"];
  const CASES: Array<NotReceivedCase | null> = [null, ...NOT_RECEIVED_CASES];
  const SCRIPT: Record<ReplyLanguage, RegExp> = {
    en: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    es: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    fr: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    pt: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    de: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    pl: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
    ru: /\p{Script=Cyrillic}/u,
    ko: /\p{Script=Hangul}/u,
    zh: /\p{Script=Han}/u,
  };
  // Words in another script than the language's own: Latin letters are allowed everywhere (AliExpress, values).
  const FOREIGN: Record<ReplyLanguage, RegExp> = {
    en: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    es: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    fr: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    pt: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    de: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    pl: /[\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Han}]/u,
    ru: /[\p{Script=Hangul}\p{Script=Han}]/u,
    ko: /[\p{Script=Cyrillic}\p{Script=Han}]/u,
    zh: /[\p{Script=Cyrillic}\p{Script=Hangul}]/u,
  };

  it("gives at least one filled reply in the language's script, blanks visible when values are missing", () => {
    let checked = 0;
    for (const reason of DISPUTE_REASONS) {
      for (const status of ACTIONABLE) {
        for (const subCase of reason === "not-received" ? CASES : [null]) {
          for (const language of REPLY_LANGUAGES) {
            for (const values of [FULL_VALUES, {}]) {
              const situation = `${reason}/${subCase ?? "-"} × ${status} × ${language}`;
              const replies = suggestedReplies(reason, status, language, values, { notReceivedCase: subCase });
              expect(replies.length, situation).toBeGreaterThanOrEqual(1);
              for (const reply of replies) {
                const where = `${situation} ${reply.id}`;
                expect(reply.text, where).not.toMatch(/undefined|\{\{|\[object|NaN/);
                expect(reply.text, where).not.toMatch(/[{}]/);
                expect(reply.text, where).toMatch(SCRIPT[language]);
                expect(`${reply.title} ${reply.text}`, where).not.toMatch(FOREIGN[language]);
                if (values === FULL_VALUES) expect(reply.text, where).not.toMatch(/\[[^\]]+\]/);
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("offers several replies where the seller must answer", () => {
    for (const reason of DISPUTE_REASONS) {
      for (const subCase of reason === "not-received" ? CASES : [null]) {
        expect(suggestedReplies(reason, "awaiting-seller", "en", {}, { notReceivedCase: subCase }).length, `${reason} ${subCase}`).toBeGreaterThanOrEqual(2);
      }
      expect(ids(reason, "awaiting-seller-receipt").length).toBeGreaterThanOrEqual(2);
      expect(ids(reason, "platform-review").length).toBeGreaterThanOrEqual(2);
      expect(ids(reason, "awaiting-buyer")[0]).toBe("proposal-follow-up");
    }
  });

  it("never proposes paying outside the platform, cancelling the dispute or changing a review", () => {
    const forbidden: Record<ReplyLanguage, RegExp> = {
      en: /paypal|western union|bank transfer|outside (of )?aliexpress|cancel (the|your) dispute|close (the|your) dispute|(change|remove|delete) (your|the) (review|feedback)|positive feedback/i,
      es: /paypal|transferencia|cancel(e|ar) la disputa|cerr(ar|e) la disputa|valoraci[oó]n|comentario positivo/i,
      fr: /paypal|virement|annuler le litige|fermer le litige|avis positif|évaluation/i,
      pt: /paypal|transfer[eê]ncia|cancel(e|ar) a disputa|fech(ar|e) a disputa|avalia[cç][aã]o/i,
      de: /paypal|überweisung|streitfall (zurückziehen|schließen|abbrechen)|bewertung/i,
      pl: /paypal|przelew|anul(ować|uj) spór|zamkn(ąć|ij) spór|opini[eę]|ocen[eę]/i,
      ru: /paypal|перевод на карту|отмените спор|закройте спор|отзыв/i,
      ko: /paypal|계좌 이체|분쟁을 (취소|철회|종료)|리뷰|후기/i,
      zh: /paypal|银行转账|私下|取消纠纷|关闭纠纷|撤销纠纷|好评|评价/i,
    };
    for (const language of REPLY_LANGUAGES) {
      for (const id of REPLY_TEMPLATE_IDS) {
        const { title, text } = LANGUAGE_PACKS[language].replies[id];
        expect(`${title} ${text}`, `${language} ${id}`).not.toMatch(forbidden[language]);
      }
    }
  });
});

describe("not received, by sub-case", () => {
  const caseIds = (subCase: NotReceivedCase, status: DisputeStatus = "awaiting-seller") =>
    suggestedReplies("not-received", status, "en", {}, { notReceivedCase: subCase }).map((reply) => reply.id);

  it("in transit: share tracking and ask for patience, a partial refund for the delay, or reshipping", () => {
    expect(caseIds("in-transit")).toEqual(["tracking-update", "ask-to-wait", "delay-partial-refund", "offer-reship-or-refund"]);
  });
  it("shown delivered: where to look, the carrier's proof, then reship or refund; the platform gets the proof of delivery", () => {
    expect(caseIds("delivered")).toEqual(["delivered-check", "delivered-proof", "offer-reship-or-refund"]);
    expect(caseIds("delivered", "platform-review")[0]).toBe("platform-statement-delivered");
    expect(caseIds("in-transit", "platform-review")[0]).toBe("platform-statement-shipped");
  });
  it("customs and returned parcels get their own first reply", () => {
    expect(caseIds("customs")[0]).toBe("customs-help");
    expect(caseIds("returned")[0]).toBe("returned-confirm-address");
  });
  it("a sub-case given with another reason changes nothing", () => {
    expect(suggestedReplies("damaged", "awaiting-seller", "en", {}, { notReceivedCase: "customs" }).map((r) => r.id)).toEqual(ids("damaged", "awaiting-seller"));
  });
});

describe("suggestedReplies fits the situation", () => {
  it("not received, seller's turn: tracking update, ask to wait, reship or refund", () => {
    expect(ids("not-received", "awaiting-seller")).toEqual(expect.arrayContaining(["tracking-update", "ask-to-wait", "offer-reship-or-refund"]));
    expect(ids("not-received", "awaiting-seller")).not.toContain("ask-photos");
  });

  it.each(["not-as-described", "wrong-item", "quality", "damaged", "missing-parts"] as const)("%s: asks for photos or video and offers a return or partial refund", (reason) => {
    const texts = suggestedReplies(reason, "awaiting-seller", "en").map((r) => r.text).join("\n");
    expect(texts).toMatch(/photo|video/i);
    expect(texts).toMatch(/return/i);
    expect(texts).toMatch(/partial refund|refund/i);
    expect(ids(reason, "awaiting-seller")).not.toContain("tracking-update");
  });

  it("counterfeit: explains authenticity and never offers a partial refund", () => {
    expect(ids("counterfeit", "awaiting-seller")).toEqual(["authenticity-explain", "offer-return-refund"]);
  });

  it("returns: instructions while the buyer ships, receipt and inspection while we wait for it", () => {
    for (const reason of DISPUTE_REASONS) {
      expect(ids(reason, "awaiting-buyer-return")[0]).toBe("return-instructions");
      expect(ids(reason, "awaiting-seller-receipt")[0]).toBe("return-received-inspecting");
    }
    expect(suggestedReplies("damaged", "awaiting-buyer-return", "en")[0]?.text).toContain("return address shown on the dispute page");
  });

  it("platform review: a factual statement without a greeting, with the evidence the reason needs", () => {
    const shipped = suggestedReplies("not-received", "platform-review", "en", FULL_VALUES)[0];
    expect(shipped?.id).toBe("platform-statement-shipped");
    expect(shipped?.text).toMatch(/^Statement regarding order 8123456789012345: .*Cainiao, tracking number LP00123456789/);
    expect(shipped?.text).not.toContain("Maria");
    expect(ids("other", "platform-review")[0]).toBe("platform-statement-general");
    expect(ids("unknown", "platform-review")[0]).toBe("platform-statement-general");
  });

  it("awaiting the buyer: follow up on our proposal first", () => {
    expect(ids("not-received", "awaiting-buyer")).toEqual(["proposal-follow-up", "proposal-explain", "tracking-update"]);
    expect(ids("quality", "awaiting-buyer")[0]).toBe("proposal-follow-up");
  });

  it("refunding and closed: thanks and follow-up, no more offers", () => {
    expect(ids("damaged", "refunding")).toEqual(["refund-processing", "thank-you-closing"]);
    expect(ids("not-received", "closed")).toEqual(["thank-you-closing", "closed-follow-up"]);
    expect(ids("quality", "closed").some((id) => id.startsWith("offer-"))).toBe(false);
  });

  it("unknown status or reason still gives the open-dispute replies", () => {
    expect(ids("quality", "unknown")).toEqual(ids("quality", "awaiting-seller"));
    expect(ids("unknown", "awaiting-seller")[0]).toBe("ask-details");
    expect(ids("other", "unknown")).toEqual(ids("unknown", "awaiting-seller"));
  });

  it("greets the buyer by name in buyer texts", () => {
    const replies = suggestedReplies("damaged", "awaiting-seller", "en", FULL_VALUES);
    for (const reply of replies) expect(reply.text.startsWith("Hello Maria,\n\n")).toBe(true);
    expect(suggestedReplies("damaged", "awaiting-seller", "zh", FULL_VALUES)[0]?.text.startsWith("Maria，您好！")).toBe(true);
  });
});

describe("placeholders", () => {
  it("fills every value given", () => {
    const notReceived = suggestedReplies("not-received", "awaiting-seller", "en", FULL_VALUES).map((r) => r.text).join("\n");
    for (const value of ["Maria", "8123456789012345", "Cainiao", "LP00123456789", "US $12.50"]) expect(notReceived).toContain(value);
    expect(suggestedReplies("quality", "awaiting-buyer-return", "en", FULL_VALUES)[0]?.text).toContain("You have 3 days left");
  });

  it("shows a visible blank in the reply's language for each missing value", () => {
    const en = suggestedReplies("not-received", "awaiting-seller", "en")[0]?.text ?? "";
    expect(en).toContain("[tracking number]");
    expect(en).toContain("Hello [buyer name],");
    const zh = suggestedReplies("not-received", "awaiting-seller", "zh", { buyer: "王伟" })[0]?.text ?? "";
    expect(zh).toContain("[运单号]");
    expect(zh).toContain("王伟");
    expect(suggestedReplies("damaged", "refunding", "de")[0]?.text).toContain("[Erstattungsbetrag]");
  });

  it("treats null, blank strings and negative days as not known", () => {
    const text = suggestedReplies("quality", "awaiting-buyer-return", "en", { buyer: "  ", orderId: null, daysLeft: -1 })[0]?.text ?? "";
    expect(text).toContain("Hello [buyer name],");
    expect(text).toContain("order [order number]");
    expect(text).toContain("You have [number of days] left");
  });

  it("every template uses only known placeholders, the same ones in every language, and each has a blank", () => {
    for (const id of REPLY_TEMPLATE_IDS) {
      const english = placeholdersIn(LANGUAGE_PACKS.en.replies[id].text).sort();
      for (const language of REPLY_LANGUAGES) {
        const used = placeholdersIn(LANGUAGE_PACKS[language].replies[id].text).sort();
        expect(used, `${language} ${id}`).toEqual(english);
        for (const name of used) expect(PLACEHOLDER_NAMES as readonly string[]).toContain(name);
        expect(placeholdersIn(LANGUAGE_PACKS[language].replies[id].title), `${language} ${id} title`).toEqual([]);
      }
    }
    for (const language of REPLY_LANGUAGES) {
      for (const name of PLACEHOLDER_NAMES) expect(LANGUAGE_PACKS[language].blanks[name]).toMatch(/^\[[^\]{}]+\]$/);
    }
  });

  it("fills in one pass: a value that looks like a placeholder stays as written", () => {
    const text = suggestedReplies("other", "closed", "en", { buyer: "{orderId}", orderId: "42" })[0]?.text ?? "";
    expect(text).toContain("Hello {orderId},");
    expect(text).toContain("order 42");
  });

  it("writes day counts with the language's plural forms", () => {
    const daysPhrase = (language: ReplyLanguage, daysLeft: number) =>
      suggestedReplies("quality", "awaiting-buyer-return", language, { daysLeft })[0]?.text ?? "";
    expect(daysPhrase("en", 1)).toContain("You have 1 day left");
    expect(daysPhrase("ru", 1)).toContain("ещё 1 день");
    expect(daysPhrase("ru", 3)).toContain("ещё 3 дня");
    expect(daysPhrase("ru", 5)).toContain("ещё 5 дней");
    expect(daysPhrase("pl", 1)).toContain("jeszcze 1 dzień");
    expect(daysPhrase("pl", 5)).toContain("jeszcze 5 dni");
    expect(daysPhrase("de", 1)).toContain("noch 1 Tag Zeit");
    expect(daysPhrase("ko", 2)).toContain("2일 남았습니다");
    expect(daysPhrase("zh", 2)).toContain("2天");
  });

  it("writes the shipping day in the reply's language; an instant is its day in the seller center's zone", () => {
    const shipped = (language: ReplyLanguage, shippedAt: string, timeZone?: string) =>
      suggestedReplies("not-received", "awaiting-seller", language, { shippedAt }, { timeZone })[0]?.text ?? "";
    expect(shipped("en", "2025-03-20")).toContain("shipped on March 20, 2025 with");
    expect(shipped("de", "2025-03-20")).toContain("am 20. März 2025 mit");
    expect(shipped("ru", "2025-03-20")).toContain("отправлена 20 марта 2025 г.");
    expect(shipped("zh", "2025-03-20")).toContain("已于 2025年3月20日 通过");
    expect(shipped("ko", "2025-03-20")).toContain("2025년 3월 20일에 발송");
    // 02:00 UTC on the 20th is still the 19th in Pacific time (DOMAIN.md §2), and already the 20th in Shanghai.
    expect(shipped("en", "2025-03-20T02:00:00Z")).toContain("March 19, 2025");
    expect(shipped("en", "2025-03-20T02:00:00Z", "Asia/Shanghai")).toContain("March 20, 2025");
    expect(shipped("en", "2025-03-20T02:00:00Z", "Not/AZone")).toContain("March 20, 2025");
    expect(shipped("en", "soon")).toContain("shipped on [shipping date] with");
  });

  it("names the product briefly: a listing's keyword-stuffed title is cut at a word", () => {
    const product = "2025 New Wireless Bluetooth Earphones TWS Noise Cancelling Headphones Sport Earbuds With Mic For iPhone Xiaomi";
    const text = suggestedReplies("damaged", "awaiting-seller", "en", { product })[0]?.text ?? "";
    expect(text).toContain("(2025 New Wireless Bluetooth Earphones TWS Noise Cancelling…)");
    expect(suggestedReplies("damaged", "awaiting-seller", "zh", { product: "陶瓷咖啡杯" })[0]?.text).toContain("（陶瓷咖啡杯）");
    expect(suggestedReplies("damaged", "awaiting-seller", "fr")[0]?.text).toContain("commande [numéro de commande] ([produit])");
  });

  it("formats a Money refund in the reply's language", () => {
    const refund = { amount: 12.5, currency: "USD" };
    expect(suggestedReplies("damaged", "refunding", "en", { refund })[0]?.text).toContain("$12.50");
    expect(suggestedReplies("damaged", "refunding", "de", { refund })[0]?.text).toMatch(/12,50\s\$/);
    expect(suggestedReplies("damaged", "refunding", "en", { refund: { amount: 3, currency: "XYZ1" } })[0]?.text).toContain("3 XYZ1");
  });
});

describe("languages really differ", () => {
  const allText = (language: ReplyLanguage) =>
    REPLY_TEMPLATE_IDS.map((id) => `${LANGUAGE_PACKS[language].replies[id].title} ${LANGUAGE_PACKS[language].replies[id].text}`);

  it("writes each script's own letters", () => {
    const cjk = /[\u4e00-\u9fff]/;
    const cyrillic = /[\u0400-\u04ff]/;
    const hangul = /[\uac00-\ud7af]/;
    for (const text of allText("zh")) expect(text).toMatch(cjk);
    for (const text of allText("ru")) expect(text).toMatch(cyrillic);
    for (const text of allText("ko")) expect(text).toMatch(hangul);
    for (const language of ["en", "es", "fr", "pt", "de", "pl"] as const) {
      for (const text of allText(language)) expect(text).not.toMatch(new RegExp(`${cjk.source}|${cyrillic.source}|${hangul.source}`));
    }
  });

  it("never gives two languages the same title or text", () => {
    for (const id of REPLY_TEMPLATE_IDS) {
      const texts = REPLY_LANGUAGES.map((language) => LANGUAGE_PACKS[language].replies[id].text);
      expect(new Set(texts).size, id).toBe(REPLY_LANGUAGES.length);
    }
  });

  it("uses words of the language, not English left in place", () => {
    const marker: Record<Exclude<ReplyLanguage, "en" | "zh" | "ru" | "ko">, RegExp> = {
      es: /\b(pedido|el|la|de)\b/,
      fr: /\b(commande|le|la|de|vous)\b/,
      pt: /\b(pedido|o|a|de|você)\b/,
      de: /\b(Bestellung|der|die|und|Sie)\b/,
      pl: /\b(zamówieni\w*|i|w|na)\b/,
    };
    for (const [language, pattern] of Object.entries(marker)) {
      for (const id of REPLY_TEMPLATE_IDS) expect(LANGUAGE_PACKS[language as ReplyLanguage].replies[id].text, `${language} ${id}`).toMatch(pattern);
    }
  });
});

describe("replyTemplatesFor", () => {
  it("never gives an empty list", () => {
    for (const reason of DISPUTE_REASONS) for (const status of DISPUTE_STATUSES) expect(replyTemplatesFor(reason, status).length).toBeGreaterThan(0);
  });
  it("uses every template somewhere (no dead texts to translate)", () => {
    const cases = [null, ...NOT_RECEIVED_CASES];
    const used = new Set(DISPUTE_REASONS.flatMap((reason) => DISPUTE_STATUSES.flatMap((status) => cases.flatMap((subCase) => replyTemplatesFor(reason, status, subCase)))));
    expect([...used].sort()).toEqual([...REPLY_TEMPLATE_IDS].sort());
  });
});
