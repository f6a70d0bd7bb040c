// Type-checked reads of fields from untrusted JSON (the page's own responses, issue 4): every reader
// answers null for a value of the wrong type instead of throwing or coercing.
import type { Money } from "../../model";
import { parseDateTime, parseMoney } from "../text";

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or null. */
export function readText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export interface IdRead {
  id: string | null;
  /** Why a value that was there could not be used (null when it was absent or fine). */
  problem: string | null;
}

/**
 * An id as digits in a string. A JSON number is accepted only up to 2^53: beyond it the number has
 * already lost digits (DOMAIN.md §3), so it is dropped, never rounded into a wrong id.
 */
export function readId(value: unknown): IdRead {
  if (value === undefined || value === null || value === "") return { id: null, problem: null };
  if (typeof value === "string") {
    const trimmed = value.trim();
    return /^\d{1,20}$/.test(trimmed) ? { id: trimmed, problem: null } : { id: null, problem: `not an id: ${JSON.stringify(value).slice(0, 40)}` };
  }
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value >= 0) return { id: String(value), problem: null };
    return { id: null, problem: `numeric id ${value} beyond 2^53 has lost digits` };
  }
  return { id: null, problem: `not an id: ${typeof value}` };
}

// Epoch milliseconds between 2000 and 2100: anything else is not a time this platform sends.
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

/** Epoch ms (number or digit string) → ISO-8601 UTC, or null. */
export function readEpochMs(value: unknown): string | null {
  const ms = typeof value === "number" ? value : typeof value === "string" && /^\d{12,14}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(ms) || ms < EARLIEST_MS || ms > LATEST_MS) return null;
  return new Date(ms).toISOString();
}

/** A time the platform prints as text ("2026-01-16 15:12:01", Pacific) or as epoch ms → ISO-8601 UTC, or null. */
export function readTime(value: unknown, zone: string): { iso: string; ambiguous: boolean } | null {
  const epoch = readEpochMs(value);
  if (epoch !== null) return { iso: epoch, ambiguous: false };
  const text = readText(value);
  return text === null ? null : parseDateTime(text, zone);
}

/** A non-negative integer (number or digit string), or null. */
export function readCount(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,9}$/.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

// ISO 4217 currencies without a minor unit: their "cent" is the whole unit.
const ZERO_DECIMAL_CURRENCIES = new Set(["JPY", "KRW", "CLP", "VND", "ISK", "UGX", "XAF", "XOF"]);

/**
 * Money from the platform's `{cent, currency, formatMoney}` object, multiplied by `count`. Falls
 * back to the `formatMoney` text when `cent` is missing.
 */
export function readMoney(value: unknown, count = 1): Money | null {
  if (!isRecord(value)) return null;
  const cents = readCount(value.cent);
  const currency = readText(value.currency);
  if (cents !== null && currency !== null && /^[A-Z]{3}$/.test(currency)) {
    const divisor = ZERO_DECIMAL_CURRENCIES.has(currency) ? 1 : 100;
    return { amount: (cents * count) / divisor, currency };
  }
  const shown = readText(value.formatMoney);
  const parsed = shown === null ? null : parseMoney(shown);
  if (parsed === null) return null;
  return { amount: Math.round(parsed.amount * count * 100) / 100, currency: parsed.currency };
}

/**
 * Breadth-first walk over records and arrays (bounded depth and size: the input is untrusted),
 * calling `visit` on every value; `visit` returning true stops the descent below that value.
 */
export function walkJson(root: unknown, visit: (value: unknown, key: string | null) => boolean, maxDepth = 8, maxNodes = 200_000): void {
  let level: Array<{ value: unknown; key: string | null }> = [{ value: root, key: null }];
  let visited = 0;
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth += 1) {
    const next: Array<{ value: unknown; key: string | null }> = [];
    for (const node of level) {
      visited += 1;
      if (visited > maxNodes) return;
      if (visit(node.value, node.key)) continue;
      if (Array.isArray(node.value)) for (const item of node.value) next.push({ value: item, key: null });
      else if (isRecord(node.value)) for (const [key, child] of Object.entries(node.value)) next.push({ value: child, key });
    }
    level = next;
  }
}

/** The shallowest value stored under `key` anywhere in `root` (undefined when none). */
export function findKey(root: unknown, key: string): unknown {
  let found: unknown = undefined;
  let done = false;
  walkJson(root, (value) => {
    if (done) return true;
    if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, key)) {
      found = value[key];
      done = true;
    }
    return done;
  });
  return found;
}

/** The shallowest record in `root` that has every one of `keys`. */
export function findRecordWith(root: unknown, keys: readonly string[]): JsonRecord | null {
  let found: JsonRecord | null = null;
  walkJson(root, (value) => {
    if (found !== null) return true;
    if (isRecord(value) && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key))) found = value;
    return found !== null;
  });
  return found;
}
