// Urgency colours, the same thresholds as the toolbar badge: red ≤ 6 h or overdue, amber ≤ 24 h.
import type { ComputedDeadline } from "../lib/rules/types";

export type Urgency = "overdue" | "red" | "amber" | "grey";

const HOUR_MS = 3_600_000;
export const RED_WITHIN_HOURS = 6;
export const AMBER_WITHIN_HOURS = 24;

/** Urgency of an instant `dueAt` seen at `now`. */
export function urgencyOf(dueAt: string, now: Date): Urgency {
  const msLeft = Date.parse(dueAt) - now.getTime();
  if (Number.isNaN(msLeft)) return "grey";
  if (msLeft <= 0) return "overdue";
  if (msLeft <= RED_WITHIN_HOURS * HOUR_MS) return "red";
  if (msLeft <= AMBER_WITHIN_HOURS * HOUR_MS) return "amber";
  return "grey";
}

import { isSellerDeadline } from "../lib/rules/primary-deadline";

export { isSellerDeadline };

export function deadlineUrgency(deadline: ComputedDeadline, now: Date): Urgency {
  return isSellerDeadline(deadline) ? urgencyOf(deadline.dueAt, now) : "grey";
}
