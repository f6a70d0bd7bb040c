// Fixture generator (issue 3's proof): random but valid disputes rendered into many seller-center
// layouts × label synonyms × languages × value formats, each page with the reading it must give.
// Test code only: pages are built with jsdom's createElement + textContent, then serialised.
import type { DisputeReading, DisputeStatus } from "../../model";
import type { ExpectedReading } from "./compare-reading";
import { SeededRandom } from "./generator/seeded-random";
import {
  bannerSentence,
  randomMoney,
  renderCountdown,
  renderMoney,
  renderTime,
  type CountdownPart,
} from "./generator/render-values";
import { generateOrderPage, ORDER_LAYOUTS, type OrderLayout } from "./generator/order-pages";
import { chrome, PageBuilder, type Child } from "./generator/page-builder";
import {
  BUYERS,
  CARRIERS,
  CLOCKLESS_STATUSES,
  DETAIL_LINK_TEXT,
  PRODUCTS,
  REASON_TEXTS,
  STATUS_TEXTS,
  type Concept,
  type Language,
  type ShownReason,
  type ShownStatus,
} from "./generator/vocabulary";

export const LIST_LAYOUTS = ["table", "split-table", "locked-table", "cards", "description-lists", "inline"] as const;
export const DETAIL_LAYOUTS = ["detail-dl", "detail-cards", "detail-table", "detail-inline"] as const;
export const LAYOUTS = [...LIST_LAYOUTS, ...DETAIL_LAYOUTS, ...ORDER_LAYOUTS] as const;
export type ListLayout = (typeof LIST_LAYOUTS)[number];
export type DetailLayout = (typeof DETAIL_LAYOUTS)[number];
export type Layout = ListLayout | DetailLayout | OrderLayout;

export interface GeneratedPage {
  seed: number;
  index: number;
  layout: Layout;
  language: Language;
  /** The zone for times printed without one: pass it to readPage. */
  zone: string;
  url: string;
  now: string;
  html: string;
  expect: ExpectedReading;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Moments pages are saved at: ordinary days and the hours around the Pacific DST switches (DOMAIN §2). */
const NOW_ANCHORS = [
  Date.parse("2026-11-20T18:30:00Z"),
  Date.parse("2026-06-15T03:10:00Z"),
  Date.parse("2026-01-05T23:55:00Z"),
  Date.parse("2026-03-08T09:50:00Z"), // 01:50 PST, ten minutes before the spring jump
  Date.parse("2026-11-01T08:40:00Z"), // 01:40 PDT, first pass of the repeated hour
  Date.parse("2026-11-01T09:40:00Z"), // 01:40 PST, second pass
  Date.parse("2025-11-02T09:05:00Z"),
  Date.parse("2025-03-09T10:30:00Z"),
];

// ---------- the truth of one dispute and the text that shows it ----------

interface DisputeTruth {
  expected: DisputeReading;
  text: Partial<Record<Concept, string>>;
  countdown: CountdownPart[] | null; // when the deadline is shown as a countdown
  deadlineForm: "countdown" | "date" | "none";
}

function pickText<T extends string>(table: Record<T, Record<Language, readonly string[]>>, key: T, language: Language, random: SeededRandom): string {
  // Values appear in either language now and then (a page half translated).
  const textLanguage: Language = random.chance(0.15) ? (language === "zh" ? "en" : "zh") : language;
  return random.pick(table[key][textLanguage]);
}

function randomDispute(random: SeededRandom, now: number, language: Language, zone: string, shown: ReadonlySet<Concept>, countdownOnly: boolean): DisputeTruth {
  const status = random.pick(Object.keys(STATUS_TEXTS) as ShownStatus[]);
  const reason = random.pick(Object.keys(REASON_TEXTS) as ShownReason[]);
  const statusText = pickText(STATUS_TEXTS, status, language, random);
  const reasonText = pickText(REASON_TEXTS, reason, language, random);
  const refund = randomMoney(random);
  const orderAmount = { amount: Math.round((refund.amount + random.int(0, 5000) / 100) * 100) / 100, currency: refund.currency };
  const opened = renderTime(now - random.int(HOUR, 20 * DAY) - random.int(0, 59) * 1000, zone, random);
  const updated = renderTime(opened.instant + Math.floor((now - opened.instant) * random.next()), zone, random);
  const text: Partial<Record<Concept, string>> = {
    orderId: random.digits(16, random.pick(["81", "80", "30"])),
    status: statusText,
    reason: reasonText,
    buyer: random.pick(BUYERS),
    product: random.pick(PRODUCTS),
    refund: renderMoney(refund, random),
    orderAmount: renderMoney(orderAmount, random),
    opened: opened.text,
    updated: updated.text,
    tracking: random.pick(["LP", "CN", "YT"]) + random.digits(14),
    carrier: random.pick(CARRIERS),
  };
  let deadline: string | null = null;
  let deadlineImprecise = false;
  let countdown: CountdownPart[] | null = null;
  let deadlineForm: DisputeTruth["deadlineForm"] = "none";
  const hasClock = !CLOCKLESS_STATUSES.includes(status) && random.chance(0.85);
  if (shown.has("deadline") && hasClock) {
    if (countdownOnly || random.chance(0.7)) {
      const rendered = renderCountdown(random, language);
      deadline = new Date(now + rendered.durationMs).toISOString();
      deadlineImprecise = rendered.imprecise;
      countdown = rendered.parts;
      text.deadline = rendered.text;
      deadlineForm = "countdown";
    } else {
      const due = renderTime(now + random.int(1, 9 * 24 * 60) * MINUTE, zone, random);
      deadline = new Date(due.instant).toISOString();
      text.deadline = due.text;
      deadlineForm = "date";
    }
  }
  const orderId = text.orderId ?? null;
  const expected: DisputeReading = {
    disputeId: random.digits(16, "63"),
    orderId,
    status,
    statusText,
    reason,
    reasonText,
    buyer: shown.has("buyer") ? (text.buyer ?? null) : null,
    productTitle: shown.has("product") ? (text.product ?? null) : null,
    refundRequested: shown.has("refund") ? refund : null,
    orderAmount: shown.has("orderAmount") ? orderAmount : null,
    openedAt: shown.has("opened") ? new Date(opened.instant).toISOString() : null,
    updatedAt: shown.has("updated") ? new Date(updated.instant).toISOString() : null,
    deadline,
    deadlineText: null,
    trackingNumber: shown.has("tracking") ? (text.tracking ?? null) : null,
    carrier: shown.has("carrier") ? (text.carrier ?? null) : null,
  };
  if (deadlineImprecise) expected.deadlineImprecise = true;
  return { expected, text, countdown, deadlineForm };
}

/** The fields a generated page promises: every shown one exactly, every other one null. */
function expectationOf(truth: DisputeTruth): Partial<DisputeReading> {
  const { deadlineText: _free, ...rest } = truth.expected;
  return rest;
}

function staleStatusText(random: SeededRandom, language: Language, actual: DisputeStatus): string {
  const other = random.pick((Object.keys(STATUS_TEXTS) as ShownStatus[]).filter((status) => status !== actual));
  return random.pick(STATUS_TEXTS[other][language]);
}

// ---------- page chrome and URLs ----------

interface Site {
  listUrl: string;
  detailUrl: (disputeId: string) => string;
}

function randomSite(random: SeededRandom): Site {
  if (random.chance(0.15)) {
    return {
      listUrl: "https://trade.aliexpress.com/issue/issue_list.htm",
      detailUrl: (id) => `https://trade.aliexpress.com/issue/issue_detail.htm?issueId=${id}`,
    };
  }
  const channelId = random.digits(7, "2");
  return {
    listUrl: `https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=${channelId}`,
    detailUrl: (id) =>
      random.chance(0.5)
        ? `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${id}`
        : `https://csp.aliexpress.com/m_apps/dispute-management/detail?reverseOrderLineId=${id}&channelId=${channelId}`,
  };
}

function detailLink(page: PageBuilder, site: Site, disputeId: string): HTMLElement {
  const full = site.detailUrl(disputeId);
  // Relative links on csp, protocol-relative on the old trade pages, absolute now and then.
  const href = page.random.chance(0.3) ? full : full.startsWith("https://csp.") ? full.replace("https://csp.aliexpress.com", "") : full.replace("https:", "");
  return page.el("a", { href, class: `ait-btn ait-btn-text ${page.cls()}` }, page.random.pick(DETAIL_LINK_TEXT[page.language]));
}

// ---------- list layouts ----------

type IdMode = "column" | "link" | "both";

interface ListPlan {
  concepts: Concept[]; // shown columns / pairs, in page order (disputeId included when shown)
  idMode: IdMode;
  stackedOrderId: boolean; // 订单号：… under the product title
  deadlineInStatus: boolean; // countdown under the status, unlabelled
  expandedRows: boolean;
}

const LIST_OPTIONAL: readonly Concept[] = ["product", "buyer", "reason", "refund", "orderAmount", "opened", "updated", "deadline"];

function planList(random: SeededRandom, layout: ListLayout): ListPlan {
  const optional = LIST_OPTIONAL.filter(() => random.chance(0.75));
  const idMode: IdMode = random.pick(["column", "link", "both"]);
  const concepts: Concept[] = ["orderId", "status", "reason", ...optional.filter((c) => c !== "reason")];
  if (idMode !== "link") concepts.push("disputeId");
  const tabular = layout === "table" || layout === "split-table" || layout === "locked-table";
  const stackedOrderId = tabular && concepts.includes("product") && random.chance(0.3);
  const deadlineInStatus = tabular && concepts.includes("deadline") && random.chance(0.3);
  let ordered = random.shuffle(concepts);
  if (stackedOrderId) ordered = ordered.filter((c) => c !== "orderId");
  if (deadlineInStatus) ordered = ordered.filter((c) => c !== "deadline");
  return { concepts: ordered, idMode, stackedOrderId, deadlineInStatus, expandedRows: tabular && random.chance(0.25) };
}

function cellContent(page: PageBuilder, concept: Concept, truth: DisputeTruth, plan: ListPlan): Child[] {
  const { random, language } = page;
  if (concept === "disputeId") {
    return [page.wrap(truth.expected.disputeId ?? ""), page.copyLink()];
  }
  if (concept === "orderId") return [page.wrap(truth.text.orderId ?? ""), page.copyLink()];
  if (concept === "status") {
    const parts: Child[] = [page.staleCopy(staleStatusText(random, language, truth.expected.status)), page.el("div", { class: page.cls() }, truth.text.status ?? "")];
    if (plan.deadlineInStatus && truth.countdown !== null) {
      parts.push(page.el("div", { class: page.cls() }, page.el("i", { class: "ait-icon ait-icon-clock" }), page.countdown(truth.countdown)));
    }
    return parts;
  }
  if (concept === "product" && plan.stackedOrderId) {
    return [
      page.el("div", { class: page.cls() }, truth.text.product ?? ""),
      page.el("div", { class: page.cls() }, page.label("orderId", "always"), page.el("span", null, truth.text.orderId ?? ""), page.copyLink()),
    ];
  }
  if (concept === "deadline") {
    const stale = page.staleCopy(renderCountdown(random, language, true).text);
    if (truth.deadlineForm === "countdown" && truth.countdown !== null) return [stale, page.countdown(truth.countdown)];
    return [stale, page.wrap(truth.text.deadline ?? "-")];
  }
  if (concept === "refund" || concept === "orderAmount") return [page.el("b", null, truth.text[concept] ?? ""), random.chance(0.3) ? page.el("span", null, ` x${random.int(1, 3)}`) : null];
  return [page.wrap(truth.text[concept] ?? "")];
}

function expandedRow(page: PageBuilder, columns: number): HTMLElement {
  const { random, language } = page;
  // The buyer's comment under a row: mentions an order number, money and a time, and is no dispute (DOMAIN §3).
  const comment =
    language === "zh"
      ? `买家留言：订单号 ${random.digits(16, "81")} 的货还没收到，申请退款 US $${random.int(1, 99)}.00，2026-11-19 10:00:00`
      : `Buyer's message: order ${random.digits(16, "81")} has not arrived, refund US $${random.int(1, 99)}.00 requested on 2026-11-19 10:00:00`;
  return page.el("tr", { class: "ait-table-expanded-row" }, page.el("td", { colspan: String(columns) }, page.el("div", { class: page.cls() }, comment)));
}

function headerCells(page: PageBuilder, plan: ListPlan, concepts: readonly Concept[], withActions: boolean): HTMLElement[] {
  const cells = concepts.map((concept) => page.el("th", { class: "ait-table-header-node" }, page.el("div", { class: "ait-table-cell-wrapper" }, page.label(concept))));
  if (withActions) cells.push(page.el("th", { class: "ait-table-header-node" }, page.language === "zh" ? "操作" : "Actions"));
  return cells;
}

function bodyRow(page: PageBuilder, plan: ListPlan, truth: DisputeTruth, concepts: readonly Concept[], site: Site | null): HTMLElement {
  const cells = concepts.map((concept) => page.el("td", { class: "ait-table-cell" }, page.el("div", { class: "ait-table-cell-wrapper" }, ...cellContent(page, concept, truth, plan))));
  if (site !== null) cells.push(page.el("td", { class: "ait-table-cell" }, detailLink(page, site, truth.expected.disputeId ?? "")));
  return page.el("tr", { class: `ait-table-row ait-table-row-level-0 ${page.cls()}` }, ...cells);
}

function renderListTable(page: PageBuilder, layout: ListLayout, plan: ListPlan, truths: readonly DisputeTruth[], site: Site, main: HTMLElement): void {
  const withActions = plan.idMode !== "column";
  const linkSite = withActions ? site : null;
  const columnCount = plan.concepts.length + (withActions ? 1 : 0);
  const rows: HTMLElement[] = [];
  for (const truth of truths) {
    rows.push(bodyRow(page, plan, truth, plan.concepts, linkSite));
    if (plan.expandedRows && page.random.chance(0.5)) rows.push(expandedRow(page, columnCount));
  }
  const thead = page.el("thead", null, page.el("tr", null, ...headerCells(page, plan, plan.concepts, withActions)));
  if (layout === "table") {
    main.append(page.el("table", { class: `ait-table ${page.cls()}` }, thead, page.el("tbody", null, ...rows)));
    return;
  }
  const prefix = page.random.pick(["ait", "next"]);
  const inner = page.el(
    "div",
    { class: `${prefix}-table-inner` },
    page.el("div", { class: `${prefix}-table-header` }, page.el("table", null, thead)),
    page.el("div", { class: `${prefix}-table-body` }, page.el("table", null, page.el("tbody", null, ...rows))),
  );
  if (layout === "locked-table") {
    // Pinned columns drawn a second time in an overlay: the same rows, not more (DOMAIN §3).
    const pinned = plan.concepts.slice(0, 2);
    const lockRows = truths.map((truth) => bodyRow(page, plan, truth, pinned, null));
    inner.append(
      page.el(
        "div",
        { class: `${prefix}-table-lock-left ${page.cls()}` },
        page.el("div", { class: `${prefix}-table-header` }, page.el("table", null, page.el("thead", null, page.el("tr", null, ...headerCells(page, plan, pinned, false))))),
        page.el("div", { class: `${prefix}-table-body` }, page.el("table", null, page.el("tbody", null, ...lockRows))),
      ),
    );
    if (withActions && page.random.chance(0.5)) {
      const rightRows = truths.map((truth) => page.el("tr", { class: `${prefix}-table-row` }, page.el("td", null, detailLink(page, site, truth.expected.disputeId ?? ""))));
      inner.append(
        page.el(
          "div",
          { class: `${prefix}-table-lock-right` },
          page.el("div", { class: `${prefix}-table-header` }, page.el("table", null, page.el("thead", null, page.el("tr", null, page.el("th", null, page.language === "zh" ? "操作" : "Actions"))))),
          page.el("div", { class: `${prefix}-table-body` }, page.el("table", null, page.el("tbody", null, ...rightRows))),
        ),
      );
    }
  }
  main.append(page.el("div", { class: `${prefix}-table ${prefix}-table-fixed ${page.cls()}` }, inner));
}

function pairValue(page: PageBuilder, concept: Concept, truth: DisputeTruth, plan: ListPlan): Child[] {
  return cellContent(page, concept, truth, { ...plan, stackedOrderId: false, deadlineInStatus: false });
}

function renderListRecords(page: PageBuilder, layout: ListLayout, plan: ListPlan, truths: readonly DisputeTruth[], site: Site, main: HTMLElement): void {
  const container = page.el(layout === "inline" ? "ul" : "div", { class: page.cls() });
  const separator = page.random.pick(["  |  ", "；", "; ", " · "]);
  for (const truth of truths) {
    let record: HTMLElement;
    if (layout === "cards") {
      record = page.el("div", { class: `ait-card-pure ${page.cls()}` });
      for (const concept of plan.concepts) {
        const labelElement = page.el(page.random.pick(["span", "div"]), { class: page.cls() }, page.label(concept));
        record.append(page.el("div", { class: page.cls() }, labelElement, page.el("span", { class: page.cls() }, ...pairValue(page, concept, truth, plan))));
      }
    } else if (layout === "description-lists") {
      const list = page.el("dl", { class: page.cls() });
      for (const concept of plan.concepts) list.append(page.el("dt", null, page.label(concept)), page.el("dd", null, ...pairValue(page, concept, truth, plan)));
      record = page.el("div", { class: page.cls() }, list);
    } else {
      // Inline text: "label：value" pairs in one run of text.
      const pairs = plan.concepts.map((concept) => {
        const value = concept === "disputeId" ? truth.expected.disputeId : truth.text[concept];
        return `${page.label(concept, "always")} ${value ?? "-"}`;
      });
      record = page.el("li", { class: page.cls() }, page.el("span", null, pairs.join(separator)));
    }
    if (plan.idMode !== "column") record.append(page.el("div", null, detailLink(page, site, truth.expected.disputeId ?? "")));
    container.append(record);
  }
  main.append(container);
}

function generateListPage(random: SeededRandom, layout: ListLayout, language: Language, zone: string, now: number): { html: string; url: string; expect: ExpectedReading } {
  const page = new PageBuilder(random, language);
  const site = randomSite(random);
  const plan = planList(random, layout);
  const shown = new Set<Concept>(plan.concepts);
  if (plan.stackedOrderId) shown.add("orderId");
  if (plan.deadlineInStatus) shown.add("deadline");
  const countdownOnly = plan.deadlineInStatus || layout === "inline";
  const truths = Array.from({ length: random.int(1, 6) }, () => randomDispute(random, now, language, zone, shown, countdownOnly));
  const main = chrome(page, language === "zh" ? "纠纷管理" : "Dispute management", true);
  if (layout === "table" || layout === "split-table" || layout === "locked-table") renderListTable(page, layout, plan, truths, site, main);
  else renderListRecords(page, layout, plan, truths, site, main);
  return {
    html: page.serialize(),
    url: site.listUrl,
    expect: { kind: "dispute-list", pageState: "ok", disputes: truths.map(expectationOf) },
  };
}

// ---------- detail layouts ----------

const DETAIL_OPTIONAL: readonly Concept[] = ["buyer", "product", "refund", "orderAmount", "opened", "updated", "tracking", "carrier", "deadline"];

function generateDetailPage(random: SeededRandom, layout: DetailLayout, language: Language, zone: string, now: number): { html: string; url: string; expect: ExpectedReading } {
  const page = new PageBuilder(random, language);
  const site = randomSite(random);
  const shown = new Set<Concept>(["orderId", "status", "reason", ...DETAIL_OPTIONAL.filter(() => random.chance(0.75))]);
  const countdownInBanner = shown.has("deadline") && random.chance(0.5);
  const truth = randomDispute(random, now, language, zone, shown, false);
  const expected = expectationOf(truth);
  const disputeId = truth.expected.disputeId ?? "";
  // The page may label another number (the reverseOrderId) as the dispute id: the URL's id stays the key (DOMAIN §3).
  const shownIdMode = random.pick(["same", "same", "same", "different", "absent"] as const);
  const concepts: Concept[] = random.shuffle([...shown].filter((c) => !(c === "deadline" && countdownInBanner)));
  if (shownIdMode !== "absent") {
    concepts.unshift("disputeId");
    if (shownIdMode === "different") {
      const other = disputeId.slice(0, 8) + String((Number(disputeId[8]) + 1) % 10) + disputeId.slice(9);
      truth.text.disputeId = other;
      expected.shownDisputeId = other;
    } else {
      truth.text.disputeId = disputeId;
    }
  }
  const main = chrome(page, language === "zh" ? "纠纷详情" : "Dispute details", false);
  if (countdownInBanner && truth.deadlineForm !== "none") {
    // Re-render the deadline as a banner sentence around a plain countdown or a date.
    const sentenceValue = truth.deadlineForm === "countdown" ? renderCountdown(random, language, true) : null;
    if (sentenceValue !== null) {
      expected.deadline = new Date(now + sentenceValue.durationMs).toISOString();
      delete expected.deadlineImprecise;
      truth.text.deadline = sentenceValue.text;
    }
    const sentence = bannerSentence(language, truth.deadlineForm, truth.text.deadline ?? "");
    main.append(page.el("div", { class: `ait-message ait-message-warning ${page.cls()}` }, page.el("div", { class: "ait-message-content" }, sentence)));
  }
  const value = (concept: Concept): Child[] => {
    if (concept === "disputeId") return [page.wrap(truth.text.disputeId ?? ""), page.copyLink()];
    if (concept === "deadline" && truth.countdown !== null) return [page.countdown(truth.countdown)];
    if (concept === "status") return [page.staleCopy(staleStatusText(random, language, truth.expected.status)), page.wrap(truth.text.status ?? "")];
    if (concept === "refund" || concept === "orderAmount") return [page.el("b", null, truth.text[concept] ?? "")];
    return [page.wrap(truth.text[concept] ?? (concept === "deadline" ? "-" : ""))];
  };
  main.append(page.el("h2", null, language === "zh" ? "纠纷详情" : "Dispute details"));
  if (layout === "detail-dl") {
    const list = page.el("dl", { class: page.cls() });
    for (const concept of concepts) list.append(page.el("dt", null, page.label(concept)), page.el("dd", null, ...value(concept)));
    main.append(list);
  } else if (layout === "detail-cards") {
    const grid = page.el("div", { class: page.cls() });
    let card = page.el("div", { class: `ait-card-pure ${page.cls()}` });
    for (const concept of concepts) {
      if (card.childElementCount >= 4) {
        grid.append(card);
        card = page.el("div", { class: `ait-card-pure ${page.cls()}` });
      }
      card.append(page.el("div", { class: `${page.cls()} item` }, page.el("span", { class: `${page.cls()} label` }, page.label(concept)), page.el("span", { class: `${page.cls()} value` }, ...value(concept))));
    }
    grid.append(card);
    main.append(grid);
  } else if (layout === "detail-table") {
    const body = page.el("tbody");
    for (let i = 0; i < concepts.length; i += 2) {
      const row = page.el("tr");
      for (const concept of concepts.slice(i, i + 2)) row.append(page.el("th", null, page.label(concept)), page.el("td", null, ...value(concept)));
      body.append(row);
    }
    main.append(page.el("table", { class: page.cls() }, body));
  } else {
    // Each "label：value" pair as one run of text.
    for (const concept of concepts) {
      main.append(page.el("div", { class: page.cls() }, `${page.label(concept, "always")} ${truth.text[concept] ?? "-"}`));
    }
  }
  main.append(page.el("div", { class: page.cls() }, page.el("button", { class: "ait-btn ait-btn-primary" }, language === "zh" ? "同意" : "Accept")));
  return { html: page.serialize(), url: site.detailUrl(disputeId), expect: { kind: "dispute-detail", pageState: "ok", disputes: [expected] } };
}

// ---------- entry points ----------

/** One page of the given layout, rebuilt identically from (seed, index). */
export function generatePage(seed: number, index: number, layout: Layout): GeneratedPage {
  const random = new SeededRandom(seed * 7919 + index * 104729 + 1);
  const language: Language = random.chance(0.5) ? "zh" : "en";
  const zone = random.chance(0.85) ? "America/Los_Angeles" : random.pick(["Asia/Shanghai", "Europe/Berlin", "UTC"]);
  const now = random.pick(NOW_ANCHORS) + random.int(-40, 40) * MINUTE;
  const page = (LIST_LAYOUTS as readonly string[]).includes(layout)
    ? generateListPage(random, layout as ListLayout, language, zone, now)
    : (DETAIL_LAYOUTS as readonly string[]).includes(layout)
      ? generateDetailPage(random, layout as DetailLayout, language, zone, now)
      : generateOrderPage(random, layout as OrderLayout, language, zone, now);
  return { seed, index, layout, language, zone, now: new Date(now).toISOString(), ...page };
}

/** `count` pages cycling through every layout, reproducible from `seed`. */
export function generatePages(seed: number, count: number): GeneratedPage[] {
  return Array.from({ length: count }, (_, index) => generatePage(seed, index, LAYOUTS[index % LAYOUTS.length] as Layout));
}
