// The disputes as a spreadsheet, one row per dispute, the way sellers keep their after-sales sheets (issue 10).
// Pure: the background hands in the records, the clock, the settings, the UI language and the browser's zone.
//
// Three things a spreadsheet does to a CSV that we guard against:
// - Encoding: Excel reads a CSV without a byte-order mark in the machine's legacy code page, garbling Chinese;
//   the file starts with U+FEFF, so it is read as UTF-8.
// - Formulas: a cell starting with = + - @ is run as a formula (CSV injection, OWASP). Buyer names, product
//   titles and notes come from buyers and pages: such a value gets a leading ' and is shown as text.
// - Long numbers: Excel turns a 16-digit order id into 8.18397E+15 and loses its last digits (it keeps 15).
//   An id cell is written as a tab followed by its digits: Excel and WPS then keep it as text, and the tab
//   does not show. `="…"` would also keep it, but it is itself a formula, which the rule above forbids; a
//   leading ' would be shown in the cell and copied with the id. Only all-digit values get the tab (an id is
//   digits by the backup schema), so the tab can never stand before a formula.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { DisputeRecord, OrderRecord, Settings, UiLanguage } from "../model";
import { FINISHED_STATUSES } from "../model";
import { assessDisputeDeadlines } from "../rules/compute-deadlines";
import { primaryDeadline } from "../rules/primary-deadline";
import { isValidTimeZone } from "../time/zoned";
import { reasonName, ruleName, statusName } from "../i18n/display-names";
import { unknownReasonText } from "../i18n/explanation-text";
import { t } from "../i18n/translate";

export const CSV_BOM = "\uFEFF";

export interface SpreadsheetContext {
  now: Date;
  settings: Settings;
  lang: UiLanguage;
  /** Times are written in this zone (the seller's), named in the column header. */
  browserZone: string;
}

/** Values a spreadsheet would evaluate: the first non-blank character opens a formula. */
const FORMULA_START = /^\s*[=+\-@]/;

/** One cell: formula-like text made inert, then quoted per RFC 4180 when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** An id cell: digits kept as text (see the top of this file); anything else is an ordinary cell. */
export function csvIdCell(id: string | null): string {
  if (id === null) return "";
  return /^\d+$/.test(id) ? `\t${id}` : csvCell(id);
}

function timeCell(iso: string | null, zone: string): string {
  if (iso === null) return "";
  const ms = Date.parse(iso);
  // "2026-11-23 18:00": a form Excel and WPS read as a date and time.
  return Number.isFinite(ms) ? format(new TZDate(ms, zone), "yyyy-MM-dd HH:mm") : csvCell(iso);
}

/** The deadline the popup headlines, with where it comes from; "unknown" with why when it cannot be dated. */
function deadlineCells(record: DisputeRecord, context: SpreadsheetContext, zone: string): [string, string] {
  const { lang, settings, now } = context;
  if (FINISHED_STATUSES.includes(record.status)) return ["", t(lang, "csv_no_clock")];
  const assessment = assessDisputeDeadlines(record, now, settings);
  const deadline = primaryDeadline(assessment.deadlines);
  if (deadline !== null) {
    const source = deadline.source === "page" ? t(lang, "csv_source_page") : t(lang, "csv_source_rule", { rule: `${ruleName(deadline.rule, lang)}, ${deadline.rule}` });
    return [timeCell(deadline.dueAt, zone), csvCell(source)];
  }
  const [why] = assessment.unknown;
  const reason = why === undefined ? "" : unknownReasonText(why.explanation, lang, { browserZone: zone, platformZone: settings.platformZone });
  return [csvCell(t(lang, "csv_unknown")), csvCell(reason)];
}

/** The spreadsheet's text, byte-order mark first, CRLF line ends (RFC 4180); newest dispute first. */
export function buildDisputeSpreadsheet(
  disputes: readonly DisputeRecord[],
  orders: readonly OrderRecord[],
  context: SpreadsheetContext,
): string {
  const { lang } = context;
  const zone = isValidTimeZone(context.browserZone) ? context.browserZone : "UTC";
  const ordersById = new Map(orders.map((order) => [order.orderId, order]));
  const header = [
    t(lang, "csv_store"),
    t(lang, "csv_dispute_id"),
    t(lang, "csv_order_id"),
    t(lang, "csv_product"),
    t(lang, "csv_buyer"),
    t(lang, "csv_country"),
    t(lang, "csv_reason"),
    t(lang, "csv_status"),
    t(lang, "csv_refund"),
    t(lang, "csv_currency"),
    t(lang, "csv_opened", { zone }),
    t(lang, "csv_deadline", { zone }),
    t(lang, "csv_deadline_source"),
    t(lang, "csv_handled"),
    t(lang, "csv_note"),
  ].map(csvCell);
  const openedOf = (record: DisputeRecord) => Date.parse(record.openedAt ?? record.firstSeenAt);
  const rows = [...disputes]
    .sort((a, b) => openedOf(b) - openedOf(a) || a.disputeId.localeCompare(b.disputeId))
    .map((record) => {
      const order = record.orderId === null ? undefined : ordersById.get(record.orderId);
      const refund = record.refundRequested;
      return [
        csvIdCell(record.channelId),
        csvIdCell(record.disputeId),
        csvIdCell(record.orderId),
        csvCell(record.productTitle ?? ""),
        csvCell(record.buyer ?? order?.buyer ?? ""),
        csvCell(record.buyerCountry ?? order?.buyerCountry ?? ""),
        csvCell(reasonName(record.reason, lang)),
        csvCell(statusName(record.status, lang)),
        refund === null ? "" : String(refund.amount),
        refund === null ? "" : csvCell(refund.currency),
        timeCell(record.openedAt, zone),
        ...deadlineCells(record, context, zone),
        csvCell(t(lang, record.handled ? "csv_yes" : "csv_no")),
        csvCell(record.note),
      ];
    });
  return CSV_BOM + [header, ...rows].map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

export function spreadsheetFileName(now: Date): string {
  return `dispute-sentinel-disputes-${now.toISOString().slice(0, 10)}.csv`;
}
