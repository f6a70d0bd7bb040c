// Merges what the page's own JSON said into what the visible page shows (issue 4): the JSON gives exact ids and
// timestamps, the page gives countdowns. JSON is untrusted (the page can forge it), so it only fills gaps and
// exact times; it never supplies a deadline and never removes what the page shows.
import type { DisputeReading, PageReading } from "../model";

export interface JsonListReading {
  api: string;
  disputes: DisputeReading[];
  total: number | null;
  /** The list request carried a filter (status tab, search): then it cannot be complete. */
  filtered: boolean;
  loginExpired: boolean;
  receivedAt: string;
}

const EXACT_FROM_JSON: ReadonlyArray<keyof DisputeReading> = ["openedAt", "updatedAt", "shownDisputeId", "orderId"];

function fillGaps(page: DisputeReading, json: DisputeReading): DisputeReading {
  const merged: DisputeReading = { ...page };
  for (const key of Object.keys(json) as Array<keyof DisputeReading>) {
    if (key === "deadline" || key === "deadlineText" || key === "deadlineImprecise") continue;
    const jsonValue = json[key];
    if (jsonValue === null || jsonValue === undefined) continue;
    const pageValue = page[key];
    const pageMissing = pageValue === null || pageValue === undefined || (key === "status" && pageValue === "unknown") || (key === "reason" && pageValue === "unknown");
    if (pageMissing || EXACT_FROM_JSON.includes(key)) (merged as unknown as Record<string, unknown>)[key] = jsonValue;
  }
  return merged;
}

/** Which request parameters narrow a list; anything else (paging, zone, sorting) leaves it whole. */
const NON_FILTER_KEYS = /^(page(size|no|index|num)?|current|size|limit|offset|channelid|_?timezone|sort.*|order(by|field|type)?|lang|locale|_.*)$/i;

export function isFilteredListRequest(requestUrl: string, formBody?: string): boolean {
  let data: string | null = null;
  try {
    data = new URL(requestUrl, "https://seller-acs.aliexpress.com/").searchParams.get("data");
  } catch {
    return true;
  }
  if (data === null && formBody) data = new URLSearchParams(formBody).get("data");
  if (data === null) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return true;
  }
  if (typeof parsed !== "object" || parsed === null) return false;
  const flatten = (value: unknown, prefix: string, out: Array<[string, unknown]>) => {
    if (typeof value === "string" && /^\s*[{[]/.test(value)) {
      try {
        value = JSON.parse(value);
      } catch {
        // a plain string value
      }
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) flatten(v, k, out);
    } else out.push([prefix, value]);
  };
  const pairs: Array<[string, unknown]> = [];
  flatten(parsed, "", pairs);
  return pairs.some(([key, value]) => {
    if (NON_FILTER_KEYS.test(key)) return false;
    if (value === null || value === undefined || value === "" || value === false) return false;
    if (Array.isArray(value) && value.length === 0) return false;
    return true;
  });
}

/**
 * Can the list JSON stand in for rows the page does not let us read? A dispute-list page still "loading" (rows not
 * drawn, a layout the reader does not know, a virtualised table), or a seller-center page of a kind we do not
 * recognise that fetched the dispute list: the JSON's disputes still reach the tracker (issue 14), deadlines left
 * to the rules. A page that says the session is over is believed.
 */
function jsonStandsIn(reading: PageReading, json: JsonListReading): boolean {
  if (json.disputes.length === 0 || reading.disputes.length > 0) return false;
  if (reading.kind === "dispute-list") return reading.pageState === "loading";
  return reading.kind === "unknown" && reading.pageState === "ok";
}

export function mergeJsonIntoReading(reading: PageReading, json: JsonListReading | null): PageReading {
  if (json !== null && jsonStandsIn(reading, json)) {
    const disputes = json.disputes.map((line) => ({ ...line, deadline: null, deadlineText: null }));
    const complete = !json.filtered && json.total !== null && json.total === json.disputes.length;
    const why = reading.kind === "unknown" ? "the page is not one the reader knows" : "the page's rows could not be read";
    return {
      ...reading,
      kind: "dispute-list",
      pageState: "ok",
      disputes,
      complete,
      warnings: [...reading.warnings, `${why}: ${disputes.length} dispute(s) taken from the page's own list data, deadlines from the rules`],
    };
  }
  if (json === null || reading.kind !== "dispute-list") return { ...reading, complete: false };
  const byId = new Map(json.disputes.filter((d) => d.disputeId !== null).map((d) => [d.disputeId as string, d]));
  const seen = new Set<string>();
  const disputes = reading.disputes.map((d) => {
    if (d.disputeId === null) return d;
    const fromJson = byId.get(d.disputeId);
    if (!fromJson) return d;
    seen.add(d.disputeId);
    return fillGaps(d, fromJson);
  });
  // Lines the JSON holds but the table has not drawn (yet): known disputes without a deadline.
  for (const [id, line] of byId) if (!seen.has(id)) disputes.push({ ...line, deadline: null, deadlineText: null });
  const complete = !json.filtered && json.total !== null && json.total === json.disputes.length && json.total >= reading.disputes.length;
  return { ...reading, disputes, complete };
}

/**
 * The list pages one visit has received, as one list: a store with more disputes than a page holds is read
 * completely once the seller has paged through all of them (issue 4: "all pages: pageInfo.total equals the
 * rows read"). A filtered response, or one with another total, starts afresh.
 */
export function accumulateListJson(previous: JsonListReading | null, next: JsonListReading): JsonListReading {
  if (next.loginExpired || next.filtered || previous === null || previous.filtered || previous.loginExpired || previous.total !== next.total) {
    return next;
  }
  const byId = new Map<string, DisputeReading>();
  for (const dispute of [...previous.disputes, ...next.disputes]) {
    if (dispute.disputeId !== null) byId.set(dispute.disputeId, dispute);
  }
  return { ...next, disputes: [...byId.values()] };
}
