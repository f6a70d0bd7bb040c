// The envelope of the seller center's own JSON calls (DOMAIN.md §3): {"api", "v", "ret": [...], "data": {...}}.
// The body arrives as raw text from the page (issue 4) and is untrusted: capped, shape-checked, and its
// large integers kept exact.

export const DEFAULT_MAX_MTOP_BYTES = 5 * 1024 * 1024;

export type MtopEnvelope =
  | { ok: true; api: string; ret: string[]; data: unknown; loginExpired: boolean }
  | { ok: false; error: string };

// DOMAIN.md §3: `FAIL_SYS_TOKEN_EXOIRED` (sic, as the platform spells it) or 令牌过期 mean the login expired.
const LOGIN_EXPIRED_MARKERS = ["FAIL_SYS_TOKEN_EXOIRED", "FAIL_SYS_TOKEN_EXPIRED", "FAIL_SYS_SESSION_EXPIRED", "令牌过期"];

/** True when one of the `ret` entries says the seller's login expired. */
export function isLoginExpiredRet(ret: readonly string[]): boolean {
  return ret.some((entry) => LOGIN_EXPIRED_MARKERS.some((marker) => entry.includes(marker)));
}

/** True when `ret` reports success ("SUCCESS::调用成功"). */
export function isSuccessRet(ret: readonly string[]): boolean {
  return ret.some((entry) => entry.startsWith("SUCCESS"));
}

function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

const JSON_NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MIN_QUOTED_DIGITS = 16;

/** Index just after the string that opens at `start`, or −1 when it never closes. */
function endOfString(raw: string, start: number): number {
  let quote = raw.indexOf('"', start + 1);
  while (quote >= 0) {
    let backslashes = 0;
    while (raw.charCodeAt(quote - 1 - backslashes) === 0x5c /* \\ */) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = raw.indexOf('"', quote + 1);
  }
  return -1;
}

/**
 * Every bare JSON integer of 16 or more digits becomes a string, so ids beyond 2^53 survive
 * JSON.parse digit for digit (DOMAIN.md §3). Strings are skipped whole (escapes included), so a
 * number inside a string is never touched; decimals and exponents stay numbers. Invalid JSON is
 * left for JSON.parse to refuse.
 */
export function quoteLargeIntegers(raw: string): string {
  const chunks: string[] = [];
  let copiedUpTo = 0;
  let position = 0;
  while (position < raw.length) {
    const char = raw.charCodeAt(position);
    if (char === 0x22 /* " */) {
      const end = endOfString(raw, position);
      if (end < 0) return raw; // unterminated string: JSON.parse will say so
      position = end;
      continue;
    }
    const isDigit = char >= 0x30 && char <= 0x39;
    if (isDigit || char === 0x2d /* - */) {
      JSON_NUMBER.lastIndex = position;
      const number = JSON_NUMBER.exec(raw);
      if (!number) {
        position += 1;
        continue;
      }
      const text = number[0];
      const digits = text.startsWith("-") ? text.length - 1 : text.length;
      if (/^-?\d+$/.test(text) && digits >= MIN_QUOTED_DIGITS) {
        chunks.push(raw.slice(copiedUpTo, position), `"${text}"`);
        copiedUpTo = position + text.length;
      }
      position += text.length;
      continue;
    }
    position += 1;
  }
  if (copiedUpTo === 0) return raw;
  chunks.push(raw.slice(copiedUpTo));
  return chunks.join("");
}

// Some mtop calls answer as JSONP: `mtopjsonp3({...})`.
const JSONP_WRAPPER = /^\s*[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks and unwraps one raw response body. Never throws. */
export function parseMtopResponse(raw: string, opts?: { maxBytes?: number }): MtopEnvelope {
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_MTOP_BYTES;
  if (typeof raw !== "string") return { ok: false, error: "response body is not text" };
  // Each UTF-16 unit is at least one UTF-8 byte: only long texts need counting.
  if (raw.length > maxBytes || (raw.length * 3 > maxBytes && utf8ByteLength(raw) > maxBytes)) {
    return { ok: false, error: `response larger than ${maxBytes} bytes` };
  }
  const body = JSONP_WRAPPER.exec(raw)?.[1] ?? raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoteLargeIntegers(body));
  } catch (error) {
    return { ok: false, error: `response is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(parsed)) return { ok: false, error: "response is not a JSON object" };
  const { api, ret } = parsed;
  if (typeof api !== "string" || api.trim() === "") return { ok: false, error: "response has no api name" };
  if (!Array.isArray(ret) || !ret.every((entry): entry is string => typeof entry === "string")) {
    return { ok: false, error: "response has no ret list of texts" };
  }
  return { ok: true, api, ret, data: parsed.data ?? null, loginExpired: isLoginExpiredRet(ret) };
}
