// One dispute's detail as the seller center's own call returns it (DOMAIN.md §3,
// …reverse.reverseOrderLineDetailRender). Built from field names only — no real response has been
// captured — so every field is looked for defensively and the visible page stays the authority.
import type { DisputeReading, Money } from "../../model";
import { normalizeReason, normalizeStatus } from "../normalize";
import { findKey, isRecord, readId, readMoney, readText, readTime } from "./json-fields";

export interface DisputeDetailJsonReading {
  dispute: DisputeReading | null;
  warnings: string[];
}

/** The refund the buyer asks for: the BUYER solution's `refundMoney` (DOMAIN.md §3, "refundRequested is the buyer's"). */
function buyerRefund(solutions: unknown, warnings: string[]): Money | null {
  if (solutions === undefined || solutions === null) return null;
  if (!Array.isArray(solutions)) {
    warnings.push("dispute detail: solutions is not a list");
    return null;
  }
  // The first BUYER solution with an amount: no real response shows whether older ones are listed too.
  for (const solution of solutions) {
    if (!isRecord(solution) || readText(solution.solutionOwner)?.toUpperCase() !== "BUYER") continue;
    const refund = readMoney(solution.refundMoney);
    if (refund) return refund;
  }
  return null;
}

/**
 * Reads the `data` of a reverseOrderLineDetailRender response. `knownDisputeId` (from the request)
 * is used when the response does not name its dispute. Never throws.
 */
export function readDisputeDetailJson(data: unknown, zone: string, knownDisputeId: string | null = null): DisputeDetailJsonReading {
  const warnings: string[] = [];
  const idRead = readId(findKey(data, "reverseOrderLineId"));
  if (idRead.problem) warnings.push(`dispute detail: reverseOrderLineId ${idRead.problem}`);
  const disputeId = idRead.id ?? knownDisputeId;
  if (disputeId === null) {
    warnings.push("dispute detail: no dispute id in the response or its request; not read");
    return { dispute: null, warnings };
  }
  if (idRead.id !== null && knownDisputeId !== null && idRead.id !== knownDisputeId) {
    warnings.push(`dispute detail: response names dispute ${idRead.id} but was requested for ${knownDisputeId}; not read`);
    return { dispute: null, warnings };
  }
  const statusText = readText(findKey(data, "reverseDetailStatusText")) ?? readText(findKey(data, "reverseStatus"));
  const status = normalizeStatus(statusText);
  if (statusText === null) warnings.push(`dispute ${disputeId}: no status text in the detail response`);
  else if (status === "unknown") warnings.push(`dispute ${disputeId}: status "${statusText}" not recognised`);
  const reasonText = readText(findKey(data, "applyReason"));
  const reason = normalizeReason(reasonText);
  if (reasonText !== null && reason === "unknown") warnings.push(`dispute ${disputeId}: reason "${reasonText}" not recognised`);
  const opened = readTime(findKey(data, "gmtCreateTimestamp"), zone) ?? readTime(findKey(data, "gmtCreate"), zone);
  const updated = readTime(findKey(data, "gmtModifiedTimestamp"), zone) ?? readTime(findKey(data, "gmtModified"), zone);
  const buyerRecord = findKey(data, "buyer");

  const dispute: DisputeReading = {
    disputeId,
    shownDisputeId: readId(findKey(data, "reverseOrderId")).id,
    orderId: readId(findKey(data, "tradeOrderId")).id,
    status,
    statusText,
    reason,
    reasonText,
    buyer: isRecord(buyerRecord) ? readText(buyerRecord.fullName) : null,
    productTitle: readText(findKey(data, "itemTitle")),
    refundRequested: buyerRefund(findKey(data, "solutions"), warnings),
    orderAmount: null,
    openedAt: opened?.iso ?? null,
    updatedAt: updated?.iso ?? null,
    // No timeout field is known: the page's countdown banner gives the deadline.
    deadline: null,
    deadlineText: null,
    trackingNumber: readText(findKey(data, "logisticsNumber")),
    carrier: readText(findKey(data, "logisticsServiceName")),
  };
  return { dispute, warnings };
}
