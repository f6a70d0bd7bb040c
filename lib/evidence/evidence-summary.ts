// The evidence summary a seller pastes into the platform (the seed: the platform decides on evidence — chat records,
// logistics information): the order, then its timeline — payment → shipment → delivery → the dispute's events — each
// with its date, in English or Chinese. Pure: the same records, zone and language give the same text; no `now`.
import type { DisputeEvent, DisputeRecord, OrderRecord, UiLanguage } from "../model";
import { formatMoney } from "../i18n/format-money";
import { reasonName, statusName } from "../i18n/display-names";
import { isDisputeStatus } from "../model";

export interface EvidenceSummaryInput {
  dispute: Pick<
    DisputeRecord,
    "disputeId" | "shownDisputeId" | "orderId" | "productTitle" | "orderAmount" | "refundRequested" | "reason" | "reasonText" | "openedAt" | "carrier" | "trackingNumber"
  >;
  order: Pick<OrderRecord, "amount" | "paidAt" | "shippedAt" | "deliveredAt" | "carrier" | "trackingNumber"> | null;
  /** The dispute's timeline as stored (lib/db getTimeline), any order. */
  events: readonly DisputeEvent[];
  language: UiLanguage;
  /** The zone the times are written in, each with its offset (the seller center's: DOMAIN.md §2). */
  timeZone: string;
}

export type TimelineStage = "payment" | "shipment" | "delivery" | "dispute";

export interface TimelineLine {
  at: string; // ISO UTC
  stage: TimelineStage;
  text: string;
}

// Ties (the same minute) keep the order of a purchase: paid, shipped, delivered, then the dispute.
const STAGE_RANK: Record<TimelineStage, number> = { payment: 0, shipment: 1, delivery: 2, dispute: 3 };

const WORDS = {
  en: {
    order: "Order",
    dispute: "dispute",
    product: "Product",
    orderAmount: "Order amount",
    refundRequested: "Refund requested by the buyer",
    reason: "Dispute reason",
    timeline: "Timeline",
    paid: "Order paid",
    shipped: "Order shipped",
    via: (carrier: string) => ` with ${carrier}`,
    tracking: (number: string) => `, tracking number ${number}`,
    delivered: "Delivered, according to the carrier's tracking",
    opened: "Buyer opened the dispute",
    buyerChange: "Buyer changed the dispute",
    status: (status: string) => `Dispute status: ${status}`,
    returnAgreed: "Return agreed",
    returnShipped: "Buyer shipped the return",
    closed: "Dispute closed",
    nothing: "No dated events are known yet.",
    colon: ": ",
  },
  zh: {
    order: "订单",
    dispute: "纠纷",
    product: "商品",
    orderAmount: "订单金额",
    refundRequested: "买家申请退款",
    reason: "纠纷原因",
    timeline: "时间线",
    paid: "买家付款",
    shipped: "订单发货",
    via: (carrier: string) => `，物流商 ${carrier}`,
    tracking: (number: string) => `，运单号 ${number}`,
    delivered: "物流跟踪显示已妥投",
    opened: "买家发起纠纷",
    buyerChange: "买家修改了纠纷",
    status: (status: string) => `纠纷状态：${status}`,
    returnAgreed: "同意退货",
    returnShipped: "买家已寄回退货",
    closed: "纠纷结束",
    nothing: "暂无带日期的记录。",
    colon: "：",
  },
} as const;

const present = (value: string | null | undefined): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const isInstant = (value: string | null | undefined): value is string => typeof value === "string" && !Number.isNaN(Date.parse(value));

/** "2025-12-03 18:00 GMT-8": the wall time in the zone and its offset, so a reader anywhere gets the instant. */
export function summaryTime(iso: string, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "shortOffset",
    }).formatToParts(new Date(iso));
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(timeZone);
  } catch {
    // A mistyped zone setting: UTC, which the offset then says.
    parts = format("UTC");
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const offset = part("timeZoneName") === "GMT" ? "GMT+0" : part("timeZoneName");
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${offset}`;
}

/** Buyer changes the extension inferred between two readings carry our own note, not the page's words. */
const isOwnNote = (detail: string | undefined): boolean => detail === undefined || /seen between|changed from|status back to/.test(detail);

/** The dated lines, oldest first. Facts not known are left out: the summary never invents a date. */
export function evidenceTimeline(input: EvidenceSummaryInput): TimelineLine[] {
  const words = WORDS[input.language];
  const { dispute, order } = input;
  const lines: TimelineLine[] = [];
  if (isInstant(order?.paidAt)) lines.push({ at: order.paidAt, stage: "payment", text: words.paid });
  if (isInstant(order?.shippedAt)) {
    const carrier = present(dispute.carrier) ?? present(order.carrier);
    const tracking = present(dispute.trackingNumber) ?? present(order.trackingNumber);
    lines.push({ at: order.shippedAt, stage: "shipment", text: `${words.shipped}${carrier ? words.via(carrier) : ""}${tracking ? words.tracking(tracking) : ""}` });
  }
  if (isInstant(order?.deliveredAt)) lines.push({ at: order.deliveredAt, stage: "delivery", text: words.delivered });

  let sawOpening = false;
  for (const event of input.events) {
    if (!isInstant(event.at)) continue;
    let text: string | null = null;
    if (event.kind === "opened") {
      text = words.opened;
      sawOpening = true;
    } else if (event.kind === "buyer-change") {
      const detail = present(event.detail);
      text = detail !== null && !isOwnNote(event.detail) ? `${words.buyerChange} (${detail})` : words.buyerChange;
    } else if (event.kind === "status-change" && isDisputeStatus(event.to) && event.to !== "unknown") {
      text = words.status(statusName(event.to, input.language));
    } else if (event.kind === "return-agreed") text = words.returnAgreed;
    else if (event.kind === "return-shipped") text = words.returnShipped;
    else if (event.kind === "closed") text = words.closed;
    // "updated" (may be the seller's own upload), deadline changes and "not seen" say nothing to the platform.
    if (text !== null) lines.push({ at: event.at, stage: "dispute", text });
  }
  if (!sawOpening && isInstant(dispute.openedAt)) lines.push({ at: dispute.openedAt, stage: "dispute", text: words.opened });

  const timed = lines.map((line, index) => ({ line, index, ms: Date.parse(line.at) }));
  timed.sort((a, b) => a.ms - b.ms || STAGE_RANK[a.line.stage] - STAGE_RANK[b.line.stage] || a.index - b.index);
  // The same thing seen twice at the same time (a status read again) is said once.
  const seen = new Set<string>();
  return timed
    .map(({ line }) => line)
    .filter((line) => {
      const key = `${line.at}|${line.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The text to paste: a header with the order, then one dated line per event. */
export function evidenceSummary(input: EvidenceSummaryInput): string {
  const words = WORDS[input.language];
  const { dispute, order, language } = input;
  const header: string[] = [];
  const disputeNumber = present(dispute.shownDisputeId) ?? dispute.disputeId;
  const orderId = present(dispute.orderId);
  header.push(orderId ? `${words.order} ${orderId} · ${words.dispute} ${disputeNumber}` : `${words.dispute} ${disputeNumber}`);
  const product = present(dispute.productTitle);
  if (product) header.push(`${words.product}${words.colon}${product}`);
  const amount = dispute.orderAmount ?? order?.amount ?? null;
  if (amount) header.push(`${words.orderAmount}${words.colon}${formatMoney(amount, language)}`);
  if (dispute.refundRequested) header.push(`${words.refundRequested}${words.colon}${formatMoney(dispute.refundRequested, language)}`);
  const reason = dispute.reason === "unknown" ? present(dispute.reasonText) : reasonName(dispute.reason, language);
  const reasonText = present(dispute.reasonText);
  if (reason) header.push(`${words.reason}${words.colon}${reason}${reasonText && reasonText !== reason ? ` (${reasonText})` : ""}`);

  const timeline = evidenceTimeline(input);
  const body = timeline.length === 0 ? [words.nothing] : timeline.map((line) => `${summaryTime(line.at, input.timeZone)}  ${line.text}`);
  return [...header, "", `${words.timeline}${words.colon.trim()}`, ...body].join("\n");
}
