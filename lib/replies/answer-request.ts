// The background's answer to a "suggested-replies" message: the request is checked as untrusted input (a reason,
// status and language the extension knows, values of the right types) before the replies are written. What the
// database knows of the dispute (its product, its order's shipping) fills what the asking page did not know.
import { isDisputeReason, isDisputeStatus, type DisputeRecord, type OrderRecord } from "../model";
import type { RequestOf, ResponseOf } from "../messages";
import { notReceivedCase } from "../evidence/not-received-case";
import { isReplyLanguage } from "./languages";
import { acceptReplyValue, PLACEHOLDER_NAMES, type ReplyValues } from "./placeholders";
import type { SellerReplyTemplate } from "./seller-templates";
import { suggestedReplies } from "./suggested-replies";

/** What the background adds from its database; all optional (the pure call works without). */
export interface RepliesContext {
  /** The stored dispute the request names (request.disputeId), if it is stored. */
  dispute?: Pick<DisputeRecord, "reasonText" | "buyer" | "orderId" | "productTitle" | "carrier" | "trackingNumber" | "refundRequested"> &
    Partial<Pick<DisputeRecord, "orderAmount">> | null;
  /** That dispute's order, if stored. */
  order?: Pick<OrderRecord, "buyer" | "carrier" | "trackingNumber" | "shippedAt"> | null;
  sellerTemplates?: readonly SellerReplyTemplate[];
  /** The seller center's zone (settings.platformZone): the day a shipment instant fell on. */
  timeZone?: string;
}

export function answerRepliesRequest(request: RequestOf<"suggested-replies">, context: RepliesContext = {}): ResponseOf<"suggested-replies"> {
  const { reason, status, language } = request;
  if (!isDisputeReason(reason) || !isDisputeStatus(status) || !isReplyLanguage(language)) return { replies: [] };
  const values = { ...storedValues(context), ...checkedValues(request.values) };
  return {
    replies: suggestedReplies(reason, status, language, values, {
      notReceivedCase: notReceivedCase(context.dispute?.reasonText ?? null),
      sellerTemplates: context.sellerTemplates ?? [],
      timeZone: context.timeZone,
      refundIsFull: isFullRefund(context.dispute),
    }),
  };
}

/** Does the buyer ask for the whole order amount (same currency, at least as much)? */
function isFullRefund(dispute: RepliesContext["dispute"]): boolean {
  const requested = dispute?.refundRequested;
  const order = dispute?.orderAmount;
  return !!requested && !!order && requested.currency === order.currency && requested.amount >= order.amount;
}

/** The stored dispute's values, its order's where the dispute has none; a value the page sent wins over these. */
function storedValues({ dispute, order }: RepliesContext): ReplyValues {
  const values: ReplyValues = {};
  const set = (name: (typeof PLACEHOLDER_NAMES)[number], ...candidates: unknown[]) => {
    for (const candidate of candidates) {
      if (candidate !== null && candidate !== undefined && acceptReplyValue(values, name, candidate)) return;
    }
  };
  set("buyer", dispute?.buyer, order?.buyer);
  set("orderId", dispute?.orderId);
  set("product", dispute?.productTitle);
  set("carrier", dispute?.carrier, order?.carrier);
  set("trackingNumber", dispute?.trackingNumber, order?.trackingNumber);
  set("shippedAt", order?.shippedAt);
  set("refund", dispute?.refundRequested);
  return values;
}

/** Only the known placeholders, each of its own type (acceptReplyValue); anything else is left out (a blank). */
function checkedValues(values: unknown): ReplyValues {
  const checked: ReplyValues = {};
  if (typeof values !== "object" || values === null) return checked;
  const given = values as Record<string, unknown>;
  for (const name of PLACEHOLDER_NAMES) {
    const value = given[name];
    // A blank string is "not known" too: it must not hide what the database knows.
    if (value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "")) acceptReplyValue(checked, name, value);
  }
  return checked;
}
