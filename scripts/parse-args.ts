// Argument checking for the parse command, kept apart so it can be tested without a process exit.
import { isValidTimeZone } from "../lib/time/zoned";

export interface ParseArgs {
  file: string;
  url: string;
  now: Date;
  zone: string;
}

export const DEFAULT_PLATFORM_ZONE = "America/Los_Angeles";

export function parseCliArgs(argv: string[], defaultNow: Date): { ok: true; args: ParseArgs } | { ok: false; error: string } {
  const usage = "usage: parse <page.html> --url <page-url> [--now <ISO-8601>] [--tz <IANA zone>]";
  let file: string | null = null;
  let url: string | null = null;
  let now = defaultNow;
  let zone = DEFAULT_PLATFORM_ZONE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--url" || arg === "--now" || arg === "--tz") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return { ok: false, error: `${arg} needs a value\n${usage}` };
      i++;
      if (arg === "--url") {
        try {
          new URL(value);
        } catch {
          return { ok: false, error: `not a URL: ${value}` };
        }
        url = value;
      } else if (arg === "--now") {
        // A --now without a zone is UTC: never the machine's zone, or countdowns would shift with it.
        const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
        const parsed = new Date(hasZone ? value : `${value}Z`);
        if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(parsed.getTime())) return { ok: false, error: `--now is not an ISO-8601 time: ${value}` };
        now = parsed;
      } else {
        if (!isValidTimeZone(value)) return { ok: false, error: `unknown time zone: ${value}` };
        zone = value;
      }
    } else if (arg.startsWith("--")) {
      return { ok: false, error: `unknown option ${arg}\n${usage}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { ok: false, error: `unexpected argument ${arg}\n${usage}` };
    }
  }
  if (file === null) return { ok: false, error: `missing page file\n${usage}` };
  if (url === null) return { ok: false, error: `missing --url\n${usage}` };
  return { ok: true, args: { file, url, now, zone } };
}
