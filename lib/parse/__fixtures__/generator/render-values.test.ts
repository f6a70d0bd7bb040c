// The generator's own truth: what its printed times, countdowns and amounts mean (DOMAIN §2),
// checked against hand-computed instants so generated expectations cannot drift from the domain.
import { randomMoney, renderCountdown, renderMoney, renderTime } from "./render-values";
import { SeededRandom } from "./seeded-random";

function renderings(instant: number, zone: string, seeds = 400): Array<{ text: string; iso: string }> {
  return Array.from({ length: seeds }, (_, seed) => {
    const rendered = renderTime(instant, zone, new SeededRandom(seed));
    return { text: rendered.text, iso: new Date(rendered.instant).toISOString() };
  });
}

describe("renderTime", () => {
  it("prints a Pacific winter time without a zone as UTC-8 and a summer one as UTC-7", () => {
    const winter = renderings(Date.parse("2026-11-20T18:30:00Z"), "America/Los_Angeles").find((r) => r.text === "2026-11-20 10:30:00");
    const summer = renderings(Date.parse("2026-06-15T18:30:00Z"), "America/Los_Angeles").find((r) => r.text === "2026-06-15 11:30:00");
    expect(winter?.iso).toBe("2026-11-20T18:30:00.000Z");
    expect(summer?.iso).toBe("2026-06-15T18:30:00.000Z");
  });

  it("means the first pass of the repeated autumn hour, in Los Angeles and in Berlin", () => {
    const la = renderings(Date.parse("2026-11-01T09:12:00Z"), "America/Los_Angeles").filter((r) => /^2026-11-01 01:12(:00)?$/.test(r.text));
    const berlin = renderings(Date.parse("2026-10-25T01:12:00Z"), "Europe/Berlin").filter((r) => /^2026-10-25 02:12(:00)?$/.test(r.text));
    expect(la.length).toBeGreaterThan(0);
    expect(berlin.length).toBeGreaterThan(0);
    for (const r of la) expect(r.iso).toBe("2026-11-01T08:12:00.000Z");
    for (const r of berlin) expect(r.iso).toBe("2026-10-25T00:12:00.000Z");
  });

  it("honours explicit zones and drops seconds a form cannot print", () => {
    const all = renderings(Date.parse("2026-11-20T18:30:45Z"), "America/Los_Angeles", 1500);
    const beijing = all.find((r) => r.text === "2026-11-21 02:30:45 北京时间");
    const gmtMinus7 = all.find((r) => r.text === "2026-11-20 11:30:45 (GMT-7)");
    const noSeconds = all.find((r) => r.text === "2026-11-20 10:30");
    expect(beijing?.iso).toBe("2026-11-20T18:30:45.000Z");
    expect(gmtMinus7?.iso).toBe("2026-11-20T18:30:45.000Z");
    expect(noSeconds?.iso).toBe("2026-11-20T18:30:00.000Z");
    // A PST/PDT marker is the one in force at that instant.
    expect(all.some((r) => r.text.endsWith("PDT"))).toBe(false);
  });
});

describe("renderCountdown", () => {
  it("counts only the units it prints", () => {
    const seen = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) {
      for (const language of ["zh", "en"] as const) {
        const countdown = renderCountdown(new SeededRandom(seed), language);
        seen.set(countdown.text, countdown.durationMs);
      }
    }
    // Recompute each duration from the text with an independent reading of the numbers and their units.
    const unitMs: Record<string, number> = { 天: 86_400_000, d: 86_400_000, days: 86_400_000, 小时: 3_600_000, 时: 3_600_000, h: 3_600_000, hours: 3_600_000, 分: 60_000, m: 60_000, minutes: 60_000, 秒: 1000, s: 1000 };
    for (const [text, duration] of seen) {
      if (text === "less than 1 hour") {
        expect(duration).toBe(3_600_000);
        continue;
      }
      let expected = 0;
      const clock = /(\d{2}):(\d{2}):(\d{2})/.exec(text);
      if (clock !== null) expected += Number(clock[1]) * 3_600_000 + Number(clock[2]) * 60_000 + Number(clock[3]) * 1000;
      const rest = clock === null ? text : text.replace(clock[0], "");
      for (const match of rest.matchAll(/(\d+)\s*(天|小时|时|分|秒|days|hours|minutes|d|h|m|s)/g)) expected += Number(match[1]) * (unitMs[match[2] ?? ""] ?? Number.NaN);
      expect(duration, text).toBe(expected);
    }
    expect(seen.size).toBeGreaterThan(500);
  });
});

describe("renderMoney", () => {
  it("prints every §2 format and keeps the amount", () => {
    const texts = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const random = new SeededRandom(seed);
      const money = randomMoney(random);
      const text = renderMoney(money, random);
      texts.add(text.replace(/[\d,.]+/, "N"));
      expect(Number((/[\d,]+\.\d{2}/.exec(text)?.[0] ?? "").replace(/,/g, ""))).toBe(money.amount);
    }
    expect(texts).toEqual(new Set(["US $N", "$N", "USD N", "N USD", "CN￥ N", "￥N", "¥N", "N CNY", "€ N", "€N", "EUR N"]));
  });
});
