// The background's answer to a "suggested-replies" message: the request is checked as untrusted input (a reason,
// status and language the extension knows, values of the right types) before the replies are written.
import { isDisputeReason, isDisputeStatus } from "../model";
import type { RequestOf, ResponseOf } from "../messages";
import { isReplyLanguage } from "./languages";
import { PLACEHOLDER_NAMES, type ReplyValues } from "./placeholders";
import { suggestedReplies } from "./suggested-replies";

export function answerRepliesRequest(request: RequestOf<"suggested-replies">): ResponseOf<"suggested-replies"> {
  const { reason, status, language } = request;
  if (!isDisputeReason(reason) || !isDisputeStatus(status) || !isReplyLanguage(language)) return { replies: [] };
  return { replies: suggestedReplies(reason, status, language, checkedValues(request.values)) };
}

/** Only the known placeholders, each of its own type; anything else is left out (shown as a blank). */
function checkedValues(values: unknown): ReplyValues {
  if (typeof values !== "object" || values === null) return {};
  const given = values as Record<string, unknown>;
  const checked: ReplyValues = {};
  for (const name of PLACEHOLDER_NAMES) {
    const value = given[name];
    if (name === "daysLeft") {
      if (typeof value === "number" && Number.isFinite(value)) checked.daysLeft = value;
    } else if (name === "refund") {
      if (typeof value === "string") checked.refund = value;
      else if (isMoney(value)) checked.refund = value;
    } else if (typeof value === "string") {
      checked[name] = value;
    }
  }
  return checked;
}

function isMoney(value: unknown): value is { amount: number; currency: string } {
  if (typeof value !== "object" || value === null) return false;
  const money = value as { amount?: unknown; currency?: unknown };
  return typeof money.amount === "number" && Number.isFinite(money.amount) && typeof money.currency === "string";
}
