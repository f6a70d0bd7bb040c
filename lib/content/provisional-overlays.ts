// Overlays drawn straight from the page's own reading, before the background answers: the page's countdown is
// on screen at once, and the background's answer (history-based estimates, checklist ticks) replaces it.
// The same pure merge and rules as the background, over what this one page shows.
import { DEFAULT_SETTINGS, type PageReading, type Settings } from "../model";
import type { OverlayState } from "../messages";
import { mergeDisputeReading } from "../tracker/merge-dispute";
import { overlayStateOf } from "../rules/overlay-state";

export function provisionalOverlays(reading: PageReading, now: Date, ruleHours: Settings["ruleHours"] = {}): OverlayState[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ruleHours };
  const overlays: OverlayState[] = [];
  for (const dispute of reading.disputes) {
    if (dispute.disputeId === null) continue;
    try {
      const { record } = mergeDisputeReading(undefined, dispute, { readAt: reading.readAt, channelId: reading.channelId ?? null, url: reading.url });
      overlays.push(overlayStateOf(record, settings, now));
    } catch {
      // A reading the merge refuses gets its overlay from the background's answer only.
    }
  }
  return overlays;
}
