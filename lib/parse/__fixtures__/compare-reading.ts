// Compares a PageReading with the expectation of a manifest entry (fixtures/README.md):
// deadlines within 2 minutes, other times to the second, money exact, disputes by disputeId
// and orders by orderId, same count. Test code only.
import type { DisputeReading, Money, OrderReading, PageKind, PageReading, PageState } from "../../model";

export interface ExpectedReading {
  kind: PageKind;
  pageState?: PageState;
  disputes?: Array<Partial<DisputeReading>>;
  orders?: Array<Partial<OrderReading>>;
}

export interface ManifestEntry {
  file: string;
  url: string;
  now: string;
  expect: ExpectedReading;
}

const DEADLINE_FIELDS = new Set(["deadline", "shipDeadline"]);
const TIME_FIELDS = new Set(["openedAt", "updatedAt", "paidAt", "shippedAt", "deliveredAt", "readAt"]);
const MONEY_FIELDS = new Set(["refundRequested", "orderAmount", "amount"]);
const DEADLINE_TOLERANCE_MS = 2 * 60 * 1000;

function describe(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

function isMoney(value: unknown): value is Money {
  return typeof value === "object" && value !== null && "amount" in value && "currency" in value;
}

/** Empty when `actual` equals `expected` under the field's rule, else one line saying how it differs. */
export function compareField(field: string, actual: unknown, expected: unknown): string | null {
  if (expected === null || actual === null || actual === undefined) {
    return expected === actual ? null : `${field}: expected ${describe(expected)}, got ${describe(actual)}`;
  }
  if (DEADLINE_FIELDS.has(field) || TIME_FIELDS.has(field)) {
    const actualMs = typeof actual === "string" ? Date.parse(actual) : Number.NaN;
    const expectedMs = typeof expected === "string" ? Date.parse(expected) : Number.NaN;
    // Deadlines from countdowns may round to the minute; other times are shown to the second.
    const tolerance = DEADLINE_FIELDS.has(field) ? DEADLINE_TOLERANCE_MS : 999;
    if (Number.isNaN(actualMs) || Math.abs(actualMs - expectedMs) > tolerance) {
      return `${field}: expected ${describe(expected)}, got ${describe(actual)}`;
    }
    return null;
  }
  if (MONEY_FIELDS.has(field) && isMoney(expected)) {
    return isMoney(actual) && actual.amount === expected.amount && actual.currency === expected.currency
      ? null
      : `${field}: expected ${describe(expected)}, got ${describe(actual)}`;
  }
  return actual === expected ? null : `${field}: expected ${describe(expected)}, got ${describe(actual)}`;
}

function compareRecords<T extends object>(
  what: string,
  key: keyof T & string,
  actualList: readonly T[],
  expectedList: ReadonlyArray<Partial<T>>,
): string[] {
  const problems: string[] = [];
  if (actualList.length !== expectedList.length) {
    const ids = actualList.map((record) => String(record[key]));
    problems.push(`${what}: expected ${expectedList.length}, got ${actualList.length} (${ids.join(", ")})`);
  }
  for (const expected of expectedList) {
    const id = expected[key];
    const actual = actualList.find((record) => record[key] === id);
    if (actual === undefined) {
      problems.push(`${what} ${String(id)}: not read`);
      continue;
    }
    for (const [field, expectedValue] of Object.entries(expected)) {
      const problem = compareField(field, (actual as Record<string, unknown>)[field], expectedValue);
      if (problem !== null) problems.push(`${what} ${String(id)}: ${problem}`);
    }
  }
  return problems;
}

/** Every way `actual` fails the expectation; an empty list means the page was read right. */
export function compareReading(actual: PageReading, expected: ExpectedReading): string[] {
  const problems: string[] = [];
  if (actual.kind !== expected.kind) problems.push(`kind: expected ${expected.kind}, got ${actual.kind}`);
  if (expected.pageState !== undefined && actual.pageState !== expected.pageState) {
    problems.push(`pageState: expected ${expected.pageState}, got ${actual.pageState}`);
  }
  if (expected.disputes !== undefined) {
    problems.push(...compareRecords<DisputeReading>("dispute", "disputeId", actual.disputes, expected.disputes));
  }
  if (expected.orders !== undefined) {
    problems.push(...compareRecords<OrderReading>("order", "orderId", actual.orders, expected.orders));
  }
  return problems;
}
