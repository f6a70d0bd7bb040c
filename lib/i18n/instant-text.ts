// An instant as the seller reads it: browser zone, platform time beside it when they differ.
import type { UiLanguage } from "../model";
import { describeInstant, type DescribedInstant } from "../rules/display-time";

/**
 * describeInstant, except that a bad zone name (a mistyped setting) never blanks the UI:
 * the instant is then shown in UTC, labelled so.
 */
export function instantText(iso: string, browserZone: string, platformZone: string, lang: UiLanguage): DescribedInstant {
  try {
    return describeInstant(iso, browserZone, platformZone, lang);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return describeInstant(iso, "UTC", "UTC", lang);
  }
}

/** "24 Nov 09:00 (PT 23 Nov 17:00)": one line. */
export function instantLine(iso: string, browserZone: string, platformZone: string, lang: UiLanguage): string {
  const { local, platform } = instantText(iso, browserZone, platformZone, lang);
  return platform === null ? local : `${local} (${platform})`;
}
