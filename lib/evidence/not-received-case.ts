// Which "not received" situation a dispute is in (DOMAIN.md §4 reason texts, §5 evidence): the replies and the
// evidence checklist both depend on it. Read from the reason text the page shows, in Chinese or English.

export const NOT_RECEIVED_CASES = ["in-transit", "delivered", "customs", "returned"] as const;
export type NotReceivedCase = (typeof NOT_RECEIVED_CASES)[number];

export function isNotReceivedCase(value: unknown): value is NotReceivedCase {
  return typeof value === "string" && (NOT_RECEIVED_CASES as readonly string[]).includes(value);
}

// "delivered" is tested first: "Delivered but not received" / "显示妥投但未收到" also say "not received".
// A wrong address ends the same way as a returned parcel (undeliverable), so it counts as "returned".
const CASE_PATTERNS: ReadonlyArray<readonly [NotReceivedCase, RegExp]> = [
  ["delivered", /妥投|签收|已送达|delivered/i],
  ["customs", /海关|扣关|清关|customs/i],
  ["returned", /退回|退件|地址错误|地址有误|return(ed)? to sender|package returned|parcel returned|returned|wrong address|incorrect address/i],
  ["in-transit", /物流途中|运输中|在途|in transit|on (its|the) way/i],
];

/** The not-received sub-case the reason text names, or null when it names none ("Item not received", "运单号无效"). */
export function notReceivedCase(reasonText: string | null | undefined): NotReceivedCase | null {
  if (!reasonText) return null;
  for (const [subCase, pattern] of CASE_PATTERNS) if (pattern.test(reasonText)) return subCase;
  return null;
}
