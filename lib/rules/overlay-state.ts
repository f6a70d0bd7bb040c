// A record as an overlay shows it: its clocks assessed at `now`, and the fields the badge, the checklist and the
// suggested replies need. One builder for the background's answer and the content script's provisional overlays.
import type { DisputeRecord, Settings } from "../model";
import type { OverlayState } from "../messages";
import { assessDisputeDeadlines } from "./compute-deadlines";
import { primaryDeadline } from "./primary-deadline";

export function overlayStateOf(record: DisputeRecord, settings: Settings, now: Date): OverlayState {
  const assessment = assessDisputeDeadlines(record, now, settings);
  const { disputeId, status, statusText, reason, reasonText, checklist, buyer, buyerCountry, buyerLanguage, orderId, carrier, trackingNumber, refundRequested } = record;
  return {
    disputeId,
    record: { disputeId, status, statusText, reason, reasonText, checklist, buyer, buyerCountry, buyerLanguage, orderId, carrier, trackingNumber, refundRequested },
    deadlines: assessment.deadlines,
    unknown: assessment.unknown,
    deadline: primaryDeadline(assessment.deadlines),
  };
}
