// The overlay as mounted on a page: the same badge, its clock ticking from the shared timer.
import { OverlayBadge, type OverlayBadgeProps } from "./overlay-badge";
import { useNow } from "./use-now";

/** Countdowns show minutes; a 15 s tick keeps them right without waking 500 rows every second. */
const OVERLAY_TICK_MS = 15_000;

export function LiveOverlayBadge(props: Omit<OverlayBadgeProps, "now">) {
  const now = useNow(OVERLAY_TICK_MS);
  return <OverlayBadge {...props} now={now} />;
}
