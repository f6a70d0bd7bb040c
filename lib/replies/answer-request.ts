// The background's answer to a "suggested-replies" message: the request is checked as untrusted input (a reason,
// status and language the extension knows, values of the right types) before the replies are written.
import { isDisputeReason, isDisputeStatus } from "../model";
import type { RequestOf, ResponseOf } from "../messages";
import { isReplyLanguage } from "./languages";
import { acceptReplyValue, PLACEHOLDER_NAMES, type ReplyValues } from "./placeholders";
import { suggestedReplies } from "./suggested-replies";

export function answerRepliesRequest(request: RequestOf<"suggested-replies">): ResponseOf<"suggested-replies"> {
  const { reason, status, language } = request;
  if (!isDisputeReason(reason) || !isDisputeStatus(status) || !isReplyLanguage(language)) return { replies: [] };
  return { replies: suggestedReplies(reason, status, language, checkedValues(request.values)) };
}

/** Only the known placeholders, each of its own type (acceptReplyValue); anything else is left out (a blank). */
function checkedValues(values: unknown): ReplyValues {
  const checked: ReplyValues = {};
  if (typeof values !== "object" || values === null) return checked;
  const given = values as Record<string, unknown>;
  for (const name of PLACEHOLDER_NAMES) {
    if (given[name] !== undefined && given[name] !== null) acceptReplyValue(checked, name, given[name]);
  }
  return checked;
}
