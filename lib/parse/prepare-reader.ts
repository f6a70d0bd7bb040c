// Work the first read of a page would otherwise do while the seller waits: the zone's data loaded (the first
// DateTimeFormat of a zone costs 15–30 ms in Chromium) and the value patterns compiled on their first use. The
// content script does this while the page is still loading, a step per task, so the first read starts warm.
import { isValidTimeZone } from "../time/zoned";
import { matchLabels } from "./label-values";
import { findIds, findMoney, parseDeadlineText } from "./text";

export async function prepareReader(zone: string, now: Date, yieldTo: () => Promise<void>): Promise<void> {
  // Not in the caller's task: that is the content script's start-up, inside the page's first parsing task.
  await yieldTo();
  if (!isValidTimeZone(zone)) return;
  // One text of each form a list shows: a date-time, a countdown, an amount, an id, an inline label.
  const steps = [
    () => parseDeadlineText("2026-01-02 03:04:05", now, zone),
    () => parseDeadlineText("1 天 02:03:04", now, zone),
    () => [findMoney("US $1.00"), findIds("8183000000000001"), matchLabels("订单号：1")],
  ];
  for (const step of steps) {
    await yieldTo();
    step();
  }
}
