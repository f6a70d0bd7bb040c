// The dispute list as the seller center's own call returns it (DOMAIN.md §3,
// mtop.aliexpress.seller.reverse.querySellerReverseOrderList; real lines in fixtures/mtop/).
import type { DisputeReading } from "../../model";
import { normalizeReason, normalizeStatus } from "../normalize";
import { findKey, isRecord, readCount, readEpochMs, readId, readMoney, readText, readTime, walkJson, type JsonRecord } from "./json-fields";

export interface DisputeListJsonReading {
  disputes: DisputeReading[];
  /** `pageInfo.total`: how many disputes the list has over all its pages (null when not given). */
  total: number | null;
  warnings: string[];
}

const LINES_KEY = "sellerReverseOrderLines";
// gmtCreate is printed to the second; the timestamp carries milliseconds.
const OPENED_AT_TOLERANCE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Every array whose items carry `sellerReverseOrderLines`: the key holding it was never captured, so find it by shape. */
function findLineGroups(root: unknown): unknown[][] {
  const groups: unknown[][] = [];
  walkJson(root, (value) => {
    if (Array.isArray(value) && value.some((item) => isRecord(item) && Array.isArray(item[LINES_KEY]))) {
      groups.push(value);
      return true;
    }
    return false;
  });
  return groups;
}

function readTotal(data: unknown): number | null {
  const pageInfo = findKey(data, "pageInfo");
  return isRecord(pageInfo) ? readCount(pageInfo.total) : null;
}

/** Is the Pacific text `gmtCreate` the same instant as `gmtCreateTimestamp` (DOMAIN.md §2: verified on 261 records)? */
function agreesWithShownTime(epochIso: string, shown: { iso: string; ambiguous: boolean }): boolean {
  const difference = Date.parse(epochIso) - Date.parse(shown.iso);
  if (Math.abs(difference) <= OPENED_AT_TOLERANCE_MS) return true;
  // A repeated-hour text reads as the earlier instant; the timestamp may be the later one.
  return shown.ambiguous && Math.abs(difference - HOUR_MS) <= OPENED_AT_TOLERANCE_MS;
}

function readLine(line: unknown, zone: string, warnings: string[]): DisputeReading | null {
  if (!isRecord(line)) {
    warnings.push("dispute list: a line is not an object; skipped");
    return null;
  }
  const disputeId = readId(line.reverseOrderLineId);
  if (disputeId.id === null) {
    warnings.push(`dispute list: a line without a usable reverseOrderLineId (${disputeId.problem ?? "missing"}); skipped`);
    return null;
  }
  const id = disputeId.id;
  const field = <T>(name: string, read: T | null, present: boolean): T | null => {
    if (read === null && present) warnings.push(`dispute ${id}: ${name} has an unexpected type or form; left empty`);
    return read;
  };
  const has = (record: JsonRecord, key: string) => record[key] !== undefined && record[key] !== null;

  const shownDisputeId = readId(line.reverseOrderId);
  if (shownDisputeId.problem) warnings.push(`dispute ${id}: reverseOrderId ${shownDisputeId.problem}`);
  const orderId = readId(line.tradeOrderId);
  if (orderId.problem) warnings.push(`dispute ${id}: tradeOrderId ${orderId.problem}`);

  const statusText = field("reverseStatus", readText(line.reverseStatus), has(line, "reverseStatus"));
  const status = normalizeStatus(statusText);
  if (statusText !== null && status === "unknown") warnings.push(`dispute ${id}: status "${statusText}" not recognised`);

  const openedFromTimestamp = field("gmtCreateTimestamp", readEpochMs(line.gmtCreateTimestamp), has(line, "gmtCreateTimestamp"));
  const openedShown = field("gmtCreate", readTime(line.gmtCreate, zone), has(line, "gmtCreate"));
  if (openedFromTimestamp !== null && openedShown !== null && !agreesWithShownTime(openedFromTimestamp, openedShown)) {
    warnings.push(`dispute ${id}: gmtCreate read in ${zone} (${openedShown.iso}) disagrees with gmtCreateTimestamp (${openedFromTimestamp})`);
  }
  const updatedFromTimestamp = readEpochMs(line.gmtModifiedTimestamp);
  const updatedShown = field("gmtModified", readTime(line.gmtModified, zone), has(line, "gmtModified"));

  const item = isRecord(line.aeItemDTO) ? line.aeItemDTO : isRecord(line.item) ? line.item : null;
  const productTitle = item ? field("itemTitle", readText(item.itemTitle), has(item, "itemTitle")) : null;
  let orderAmount = null;
  if (item && has(item, "itemUnitPrice")) {
    const count = readCount(item.itemCount);
    const unitPrice = readMoney(item.itemUnitPrice);
    if (count === null || unitPrice === null) warnings.push(`dispute ${id}: item price or count unreadable; order amount left empty`);
    else orderAmount = readMoney(item.itemUnitPrice, count);
  }
  const buyer = isRecord(line.buyer) ? field("buyer.fullName", readText(line.buyer.fullName), has(line.buyer, "fullName")) : null;
  const buyerCountry = isRecord(line.buyer) ? field("buyer.country", readText(line.buyer.country), has(line.buyer, "country")) : null;

  return {
    disputeId: id,
    shownDisputeId: shownDisputeId.id,
    orderId: orderId.id,
    status,
    statusText,
    // The list line carries no reason: the visible page or the detail call gives it.
    reason: normalizeReason(null),
    reasonText: null,
    buyer,
    buyerCountry,
    productTitle,
    refundRequested: null,
    orderAmount,
    openedAt: openedFromTimestamp ?? openedShown?.iso ?? null,
    updatedAt: updatedFromTimestamp ?? updatedShown?.iso ?? null,
    // No timeout field is known in these responses: the visible page's countdown gives the deadline.
    deadline: null,
    deadlineText: null,
    trackingNumber: null,
    carrier: null,
  };
}

/** Reads the `data` of a querySellerReverseOrderList response. Never throws; malformed lines are skipped with a warning. */
export function readDisputeListJson(data: unknown, zone: string): DisputeListJsonReading {
  const warnings: string[] = [];
  const inner = isRecord(data) && isRecord(data.data) ? data.data : data;
  const groups = findLineGroups(inner);
  if (groups.length === 0) warnings.push("dispute list: no list of sellerReverseOrderLines found");
  const disputes: DisputeReading[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    for (const entry of group) {
      const lines = isRecord(entry) ? entry[LINES_KEY] : undefined;
      if (!Array.isArray(lines)) {
        warnings.push("dispute list: an entry without sellerReverseOrderLines; skipped");
        continue;
      }
      for (const line of lines) {
        const reading = readLine(line, zone, warnings);
        if (reading === null || reading.disputeId === null) continue;
        if (seen.has(reading.disputeId)) {
          warnings.push(`dispute ${reading.disputeId}: listed twice; the first line kept`);
          continue;
        }
        seen.add(reading.disputeId);
        disputes.push(reading);
      }
    }
  }
  return { disputes, total: readTotal(inner), warnings };
}
