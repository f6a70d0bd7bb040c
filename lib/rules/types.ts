// What computeDeadlines returns: shared by rules, reminders, tracker and UI.
import type { DisputeEventKind } from "../model";

export type RuleId =
  | "R-RESPOND"
  | "R-PLATFORM"
  | "R-RETURN-SHIP"
  | "R-RECEIPT"
  | "R-EVIDENCE"
  | "R-CANCEL"
  | "R-SHIP"
  | "R-PROTECTION"
  | "R-DISPUTE-OPEN";

export type DeadlineSource = "page" | "rule";
export type Actor = "seller" | "buyer" | "platform";

/** A message key and its parameters, so the UI can say it in the seller's language. */
export interface Explanation {
  key: string;
  params: Record<string, string | number>;
}

export interface ComputedDeadline {
  rule: RuleId;
  /** ISO-8601 UTC. */
  dueAt: string;
  source: DeadlineSource;
  /** The event that started the clock ("page" when the page showed the deadline itself). */
  startEvent: DisputeEventKind | "page";
  startAt: string | null;
  /** Whose move it is. */
  actor: Actor;
  /** True when reminders fire for it (seller's move, not information only). */
  alarm: boolean;
  /** Message key of what happens when it runs out. */
  expiry: string;
  explanation: Explanation;
  /** The page said "less than 1 hour": dueAt is an upper bound. */
  imprecise?: boolean;
  /** Information only, e.g. "the platform may step in from …" (R-PLATFORM). */
  informational?: boolean;
}
