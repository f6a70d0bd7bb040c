// Records and a wake loop shared by the reminder tests. Deadlines come from the record's own
// page deadline through a stand-in for computeDeadlines, so each test states its clock plainly.
import { DEFAULT_SETTINGS, emptyDisputeRecord, emptyOrderRecord, type DisputeRecord, type OrderRecord, type SentReminder, type Settings } from "../model";
import type { ComputedDeadline, RuleId } from "../rules/types";
import { planReminders, type ReminderPlan, type ReminderPlanInput } from "./plan-reminders";

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
export const T0 = new Date("2026-03-02T04:00:00Z");

export function at(hoursAfterT0: number): Date {
  return new Date(T0.getTime() + hoursAfterT0 * HOUR_MS);
}

export function iso(date: Date): string {
  return date.toISOString();
}

export function makeDispute(disputeId: string, dueAt: Date | null, overrides: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    ...emptyDisputeRecord(disputeId, iso(T0)),
    channelId: "2001",
    orderId: `81${disputeId.padStart(14, "0")}`,
    status: "awaiting-seller",
    statusText: "等待您处理",
    reason: "not-as-described",
    reasonText: "货不对版",
    productTitle: "Wireless earbuds Bluetooth 5.3 with charging case, black",
    pageDeadline: dueAt ? { at: iso(dueAt), text: null, readAt: iso(T0), status: "awaiting-seller" } : null,
    ...overrides,
  };
}

export function makeOrder(orderId: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ...emptyOrderRecord(orderId, iso(T0)),
    channelId: "2001",
    status: "等待您发货",
    ...overrides,
  };
}

function deadline(rule: RuleId, dueAt: string, alarm = true): ComputedDeadline {
  return {
    rule,
    dueAt,
    source: "page",
    startEvent: "page",
    startAt: null,
    actor: alarm ? "seller" : "buyer",
    alarm,
    expiry: `expiry.${rule}`,
    explanation: { key: "test", params: {} },
  };
}

/** Stand-in for computeDeadlines: the page deadline, as R-RESPOND, or R-EVIDENCE in platform review. */
export function pageDeadlineOf(record: DisputeRecord): ComputedDeadline[] {
  if (!record.pageDeadline) return [];
  return [deadline(record.status === "platform-review" ? "R-EVIDENCE" : "R-RESPOND", record.pageDeadline.at)];
}

/** Stand-in for computeOrderDeadlines: ship-by from the page, cancellation 48 h after the request. */
export function orderDeadlinesOf(order: OrderRecord): ComputedDeadline[] {
  const deadlines: ComputedDeadline[] = [];
  if (order.shipDeadline) deadlines.push(deadline("R-SHIP", order.shipDeadline));
  if (order.cancelRequestedAt) deadlines.push(deadline("R-CANCEL", iso(new Date(Date.parse(order.cancelRequestedAt) + 48 * HOUR_MS))));
  return deadlines;
}

export interface World {
  disputes: DisputeRecord[];
  orders: OrderRecord[];
  sent: SentReminder[];
  listReads: ReminderPlanInput["listReads"];
  settings: Settings;
  browserZone: string;
  uiLanguage: "en" | "zh";
}

export function makeWorld(overrides: Partial<World> = {}): World {
  return {
    disputes: [],
    orders: [],
    sent: [],
    listReads: [{ channelId: "2001", lastReadAt: iso(T0), lastCompleteReadAt: iso(T0), loginExpiredAt: null }],
    settings: { ...DEFAULT_SETTINGS, staleListHours: 24 * 365 },
    browserZone: "UTC",
    uiLanguage: "en",
    ...overrides,
  };
}

/** One planner run at `now`, storing what it recorded as the background does. */
export function runAt(world: World, now: Date): ReminderPlan {
  const plan = planReminders({
    ...world,
    now,
    deadlinesOfDispute: pageDeadlineOf,
    deadlinesOfOrder: orderDeadlinesOf,
  });
  world.sent.push(...plan.record);
  return plan;
}

export interface Wake {
  at: Date;
  plan: ReminderPlan;
}

/** Wake only when the planner asked to, as the one "next wake" alarm would, until `until`. */
export function wakeUntil(world: World, start: Date, until: Date, maxWakes = 200): Wake[] {
  const wakes: Wake[] = [];
  let now = start;
  for (let count = 0; count < maxWakes && now.getTime() <= until.getTime(); count += 1) {
    const plan = runAt(world, now);
    wakes.push({ at: now, plan });
    if (plan.nextWakeAt === null) break;
    now = new Date(plan.nextWakeAt);
  }
  return wakes;
}
