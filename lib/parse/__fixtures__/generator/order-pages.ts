// Order pages for the generator: csp order list (table or cards) and order detail (dl or cards),
// each order rendered from a random but valid OrderReading (DOMAIN §3–§4: ship-by countdown, tracking).
import type { OrderReading } from "../../../model";
import type { ExpectedReading } from "../compare-reading";
import { chrome, PageBuilder, type Child } from "./page-builder";
import { randomMoney, renderCountdown, renderMoney, renderTime, type CountdownPart } from "./render-values";
import type { SeededRandom } from "./seeded-random";
import { BUYERS, CARRIERS, COUNTRIES, ORDER_STATUS_TEXTS, type Concept, type Language } from "./vocabulary";

export const ORDER_LAYOUTS = ["order-table", "order-cards", "order-detail-dl", "order-detail-cards"] as const;
export type OrderLayout = (typeof ORDER_LAYOUTS)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface OrderTruth {
  expected: OrderReading;
  text: Partial<Record<Concept, string>>;
  shipBy: CountdownPart[] | null;
}

type OrderConcept = "orderId" | "buyer" | "country" | "orderAmount" | "orderStatus" | "paid" | "shipped" | "delivered" | "carrier" | "tracking" | "shipBy";
const OPTIONAL: readonly OrderConcept[] = ["buyer", "country", "orderAmount", "paid", "shipped", "delivered", "carrier", "tracking", "shipBy"];

function randomOrder(random: SeededRandom, now: number, language: Language, zone: string, shown: ReadonlySet<OrderConcept>): OrderTruth {
  const stage = random.pick(["awaitingShipment", "inTransit", "finished"] as const);
  const statusText = random.pick(ORDER_STATUS_TEXTS[stage][language]);
  const amount = randomMoney(random);
  const paid = renderTime(now - random.int(3 * DAY, 30 * DAY), zone, random);
  const shipped = renderTime(paid.instant + random.int(HOUR, 2 * DAY), zone, random);
  const delivered = renderTime(shipped.instant + random.int(HOUR, Math.max(HOUR, now - shipped.instant - HOUR)), zone, random);
  const hasShipment = stage !== "awaitingShipment";
  const text: Partial<Record<Concept, string>> = {
    orderId: random.digits(16, random.pick(["81", "30"])),
    buyer: random.pick(BUYERS),
    country: random.pick(COUNTRIES),
    orderAmount: renderMoney(amount, random),
    orderStatus: statusText,
    paid: paid.text,
    shipped: hasShipment ? shipped.text : "-",
    delivered: stage === "finished" ? delivered.text : "-",
    carrier: hasShipment ? random.pick(CARRIERS) : "-",
    tracking: hasShipment ? random.pick(["LP", "CN", "YT"]) + random.digits(14) : "-",
    shipBy: "-",
  };
  let shipDeadline: string | null = null;
  let shipBy: CountdownPart[] | null = null;
  if (stage === "awaitingShipment" && shown.has("shipBy")) {
    const countdown = renderCountdown(random, language, true);
    shipDeadline = new Date(now + countdown.durationMs).toISOString();
    shipBy = countdown.parts;
    text.shipBy = countdown.text;
  }
  const when = (concept: OrderConcept, instant: number, happened: boolean): string | null =>
    shown.has(concept) && happened ? new Date(instant).toISOString() : null;
  return {
    text,
    shipBy,
    expected: {
      orderId: text.orderId ?? null,
      status: shown.has("orderStatus") ? statusText : null,
      buyer: shown.has("buyer") ? (text.buyer ?? null) : null,
      buyerCountry: shown.has("country") ? (text.country ?? null) : null,
      amount: shown.has("orderAmount") ? amount : null,
      paidAt: when("paid", paid.instant, true),
      shippedAt: when("shipped", shipped.instant, hasShipment),
      deliveredAt: when("delivered", delivered.instant, stage === "finished"),
      trackingNumber: shown.has("tracking") && hasShipment ? (text.tracking ?? null) : null,
      carrier: shown.has("carrier") && hasShipment ? (text.carrier ?? null) : null,
      shipDeadline,
    },
  };
}

function orderValue(page: PageBuilder, concept: OrderConcept, truth: OrderTruth): Child[] {
  if (concept === "shipBy" && truth.shipBy !== null) return [page.countdown(truth.shipBy)];
  if (concept === "orderId") return [page.wrap(truth.text.orderId ?? ""), page.copyLink()];
  if (concept === "orderAmount") return [page.el("b", null, truth.text.orderAmount ?? ""), page.random.chance(0.4) ? page.el("span", null, ` x${page.random.int(1, 3)}`) : null];
  return [page.wrap(truth.text[concept] ?? "-")];
}

export function generateOrderPage(
  random: SeededRandom,
  layout: OrderLayout,
  language: Language,
  zone: string,
  now: number,
): { html: string; url: string; expect: ExpectedReading } {
  const page = new PageBuilder(random, language);
  const isList = layout === "order-table" || layout === "order-cards";
  const shown = new Set<OrderConcept>(["orderId", "orderStatus", ...OPTIONAL.filter(() => random.chance(0.75))]);
  const concepts = random.shuffle([...shown]);
  const truths = Array.from({ length: isList ? random.int(1, 6) : 1 }, () => randomOrder(random, now, language, zone, shown));
  const channelId = random.digits(7, "2");
  const firstId = truths[0]?.expected.orderId ?? "";
  const url = isList
    ? random.chance(0.2)
      ? "https://gsp.aliexpress.com/apps/order/index"
      : `https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=${channelId}`
    : random.chance(0.2)
      ? `https://gsp.aliexpress.com/apps/order/detail?orderId=${firstId}`
      : `https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=${firstId}&channelId=${channelId}`;
  const main = chrome(page, language === "zh" ? (isList ? "订单管理" : "订单详情") : isList ? "Manage orders" : "Order details", false);
  if (layout === "order-table") {
    const header = page.el("tr", null, ...concepts.map((concept) => page.el("th", { class: "ait-table-header-node" }, page.label(concept))));
    const rows = truths.map((truth) =>
      page.el("tr", { class: `ait-table-row ${page.cls()}` }, ...concepts.map((concept) => page.el("td", { class: "ait-table-cell" }, ...orderValue(page, concept, truth)))),
    );
    main.append(page.el("table", { class: `ait-table ${page.cls()}` }, page.el("thead", null, header), page.el("tbody", null, ...rows)));
  } else if (layout === "order-detail-dl") {
    const truth = truths[0];
    if (truth !== undefined) {
      const list = page.el("dl", { class: page.cls() });
      for (const concept of concepts) list.append(page.el("dt", null, page.label(concept)), page.el("dd", null, ...orderValue(page, concept, truth)));
      main.append(list);
    }
  } else {
    // Cards of label/value pairs: one card per order on a list, a grid of cards on a detail page.
    for (const truth of truths) {
      const card = page.el("div", { class: `ait-card-pure ${page.cls()}` });
      for (const concept of concepts) {
        card.append(page.el("div", { class: page.cls() }, page.el("span", { class: page.cls() }, page.label(concept)), page.el("span", { class: page.cls() }, ...orderValue(page, concept, truth))));
      }
      main.append(card);
    }
  }
  return {
    html: page.serialize(),
    url,
    expect: { kind: isList ? "order-list" : "order-detail", pageState: "ok", orders: truths.map((truth) => truth.expected) },
  };
}
