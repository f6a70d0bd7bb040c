// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { ReplySuggestions, replyValuesOf, type ReplySuggestionsProps } from "./reply-suggestions";
import { makeDeadline, makeRecord } from "./test-records";
import { answerRepliesRequest } from "../lib/replies/answer-request";
import type { ReplyLanguage } from "../lib/replies/languages";
import type { ReplyValues } from "../lib/replies/placeholders";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";

const now = new Date("2026-11-26T12:00:00.000Z");
afterEach(cleanup);

function renderReplies(overrides: Partial<ReplySuggestionsProps> = {}) {
  const record = overrides.record ?? makeRecord({ reason: "damaged", status: "awaiting-seller", buyer: "Kim", buyerCountry: "KR", orderId: "8190000000000000001" });
  const asked: ReplyLanguage[] = [];
  const loadReplies = async (language: ReplyLanguage, values: ReplyValues): Promise<ReplySuggestion[]> => {
    asked.push(language);
    return answerRepliesRequest({ reason: record.reason, status: record.status, language, values }).replies;
  };
  const props: ReplySuggestionsProps = { id: "replies", record, deadlines: [], now, lang: "en", onCopy: async () => true, loadReplies, ...overrides };
  return { ...render(<ReplySuggestions {...props} />), asked };
}

const texts = (container: Element) => Array.from(container.querySelectorAll(".sentinel-reply-text")).map((p) => p.textContent ?? "");

describe("ReplySuggestions", () => {
  it("opens in the language of the buyer's country, and a remembered choice wins", async () => {
    const { container, asked } = renderReplies();
    await waitFor(() => expect(texts(container).length).toBeGreaterThan(0));
    expect(asked).toEqual(["ko"]);
    expect(texts(container)[0]).toMatch(/^Kim님, 안녕하세요\./);
    cleanup();
    const remembered = renderReplies({ record: makeRecord({ reason: "damaged", buyerCountry: "KR", buyerLanguage: "de" }) });
    await waitFor(() => expect(texts(remembered.container).length).toBeGreaterThan(0));
    expect(remembered.asked).toEqual(["de"]);
  });

  it("tells the caller the seller's choice, to remember it", async () => {
    const chosen: ReplyLanguage[] = [];
    const { container } = renderReplies({ onLanguageChange: (language) => chosen.push(language) });
    fireEvent.change(container.querySelector("select")!, { target: { value: "pl" } });
    await waitFor(() => expect(texts(container)[0]).toMatch(/^Dzień dobry, Kim!/));
    expect(chosen).toEqual(["pl"]);
  });

  it("inserts a reply into the page's box, and says when there was none and it copied instead", async () => {
    const outcomes: Array<"inserted" | "copied" | "failed"> = ["inserted", "copied", "failed"];
    const inserted: string[] = [];
    const { container } = renderReplies({ onInsert: async (text) => (inserted.push(text), outcomes.shift() ?? "failed") });
    await waitFor(() => expect(container.querySelectorAll(".sentinel-reply-insert").length).toBeGreaterThan(0));
    const insert = () => fireEvent.click(container.querySelector(".sentinel-reply-insert")!);
    insert();
    expect(await screen.findByText("Inserted into the reply box")).toBeTruthy();
    expect(inserted[0]).toBe(texts(container)[0]);
    insert();
    expect(await screen.findByText("No reply box open on this page: copied instead, paste it where you reply")).toBeTruthy();
    insert();
    expect(await screen.findByText(/copying was refused/)).toBeTruthy();
  });

  it("offers no Insert where no page is open (the popup)", async () => {
    const { container } = renderReplies();
    await waitFor(() => expect(texts(container).length).toBeGreaterThan(0));
    expect(container.querySelector(".sentinel-reply-insert")).toBeNull();
  });

  it("marks the seller's own and reworded templates", async () => {
    const loadReplies = async (): Promise<ReplySuggestion[]> => [
      { id: "own-abc", title: "Holiday", text: "Back Monday", origin: "own" },
      { id: "ask-photos", title: "Photos", text: "Send photos", origin: "edited" },
      { id: "offer-return-refund", title: "Return", text: "Return it" },
    ];
    const { container } = renderReplies({ loadReplies, lang: "zh" });
    await waitFor(() => expect(texts(container)).toHaveLength(3));
    const titles = Array.from(container.querySelectorAll(".sentinel-reply-title")).map((title) => title.textContent);
    expect(titles).toEqual(["Holiday · 自定义", "Photos · 已改写", "Return"]);
  });
});

describe("replyValuesOf", () => {
  it("gives the dispute's values, the product of a full record, and the buyer's days left to return", () => {
    const record = makeRecord({ status: "awaiting-buyer-return", trackingNumber: null });
    const values = replyValuesOf(record, [makeDeadline({ rule: "R-RETURN-SHIP", dueAt: "2026-11-29T10:00:00.000Z", actor: "buyer" })], now);
    expect(values).toEqual({
      buyer: "M*** K.", orderId: "8190000000000000001", product: record.productTitle, carrier: null, trackingNumber: null,
      refund: { amount: 12.5, currency: "USD" }, daysLeft: 3,
    });
  });
});
