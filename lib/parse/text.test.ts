import fc from "fast-check";
import { formatInZone } from "../time/zoned";
import {
  findIds,
  findMoney,
  isIncompleteDeadlineText,
  normalizeLabel,
  normalizeText,
  parseCountdown,
  parseDateTime,
  parseDeadlineText,
  parseId,
  parseMoney,
} from "./text";

const LA = "America/Los_Angeles";
const NOW = new Date("2025-03-20T12:00:00.000Z");
const plus = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("normalizeText / normalizeLabel", () => {
  it.each([
    ["  纠纷时间：\n 2025-03-24  ", "纠纷时间: 2025-03-24"],
    ["a\u00A0b\u3000c\t\r\nd", "a b c d"],
    ["ＵＳ　＄１２．５０", "US $12.50"],
    ["CN￥\u200B235.87", "CN¥235.87"],
    ["", ""],
  ])("normalizeText(%j) → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ["纠纷时间：", "纠纷时间"],
    ["Order ID : ", "order id"],
    ["  Dispute\u00A0Status:", "dispute status"],
    ["ＯＲＤＥＲ　ＮＯ．：", "order no."],
  ])("normalizeLabel(%j) → %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe("parseMoney", () => {
  it.each([
    ["US $12.50", 12.5, "USD"],
    ["$12.50", 12.5, "USD"],
    ["USD 12.50", 12.5, "USD"],
    ["12.50 USD", 12.5, "USD"],
    ["US $1,234.50", 1234.5, "USD"],
    ["US$1,234,567.89", 1234567.89, "USD"],
    ["CN￥ 235.87", 235.87, "CNY"],
    ["CN¥235.87", 235.87, "CNY"],
    ["￥235.87", 235.87, "CNY"],
    ["¥235.87", 235.87, "CNY"],
    ["235.87 CNY", 235.87, "CNY"],
    ["€ 9.99", 9.99, "EUR"],
    ["€9.99", 9.99, "EUR"],
    ["EUR 9.99", 9.99, "EUR"],
    ["9.99 €", 9.99, "EUR"],
    ["RUB 1,250.00", 1250, "RUB"],
    ["1250 ₽", 1250, "RUB"],
    ["£7.05", 7.05, "GBP"],
    ["R$ 45.90", 45.9, "BRL"],
    ["₩12,000", 12000, "KRW"],
    ["  US $0.10  ", 0.1, "USD"],
    ["US $0.07", 0.07, "USD"],
  ])("%j → %d %s", (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each(["", "12.50", "US $", "abc", "US $12.50 (x2)", "9,99 €", "US $12.505", "8208460785972844 USD"])("%j is not one amount", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("keeps cents exact (no float noise)", () => {
    for (let cents = 0; cents < 200_000; cents += 7) {
      const text = `US $${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
      expect(parseMoney(text)?.amount).toBe(cents / 100);
    }
  });
});

describe("findMoney", () => {
  it.each([
    ["退款金额 US $1,234.50 (x2)", 1234.5, "USD"],
    ["Refund amount: CN￥ 235.87 x2", 235.87, "CNY"],
    ["订单 8208460785972844 金额 USD 12.50", 12.5, "USD"],
    ["Qty 2 USD 12.50", 12.5, "USD"],
    ["Total 12.50 USD, shipping $3.00", 12.5, "USD"],
    ["买家方案：退款 €9.99", 9.99, "EUR"],
  ])("%j → %d %s", (text, amount, currency) => {
    expect(findMoney(text)).toEqual({ amount, currency });
  });

  it.each(["订单号：8208460785972844", "x2", "no amount here", ""])("%j holds no amount", (text) => {
    expect(findMoney(text)).toBeNull();
  });
});

describe("parseDateTime", () => {
  it.each([
    // every layout of DOMAIN.md §2, read in America/Los_Angeles (PDT, −7) by default
    ["2025-03-24 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00", "2025-03-24T17:00:00.000Z"],
    ["2025/03/24 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025/03/24 10:00", "2025-03-24T17:00:00.000Z"],
    ["Mar 24, 2025 10:00", "2025-03-24T17:00:00.000Z"],
    ["Mar 24, 2025 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["March 24, 2025 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["24 Mar 2025 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["24 March 2025 10:00", "2025-03-24T17:00:00.000Z"],
    ["2025年03月24日 10:00", "2025-03-24T17:00:00.000Z"],
    ["2025年3月24日 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025年3月24日10时00分", "2025-03-24T17:00:00.000Z"],
    ["Mar 24, 2025 3:05 PM", "2025-03-24T22:05:00.000Z"],
    ["Mar 24, 2025 12:05 AM", "2025-03-24T07:05:00.000Z"],
    // inside text, with a full stop
    ["纠纷时间：2025-03-24 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["请在 2025-03-24 10:00 前处理", "2025-03-24T17:00:00.000Z"],
    ["Please respond by Mar 24, 2025 10:00.", "2025-03-24T17:00:00.000Z"],
    // explicit zones win over the default
    ["2025-03-24 10:00:00 (GMT+8)", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24 10:00:00 GMT-7", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00:00 GMT−7", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00:00 UTC+8", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24 10:00:00 UTC+05:30", "2025-03-24T04:30:00.000Z"],
    ["2025-03-24 10:00:00 (UTC)", "2025-03-24T10:00:00.000Z"],
    ["2025-01-24 10:00:00 PST", "2025-01-24T18:00:00.000Z"],
    ["2025-03-24 10:00:00 PDT", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00:00 PST", "2025-03-24T18:00:00.000Z"], // PST said explicitly: −8 even in summer
    ["2025-03-24 10:00:00 北京时间", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24 10:00:00（北京时间）", "2025-03-24T02:00:00.000Z"],
    ["北京时间：2025-03-24 10:00:00", "2025-03-24T02:00:00.000Z"],
    ["2025-01-24 10:00:00 太平洋时间", "2025-01-24T18:00:00.000Z"],
    ["Mar 24, 2025 10:00 (GMT+8).", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24T17:00:00.000Z", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24T10:00:00+08:00", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24T10:00:00-0700", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00:00 - 2025-03-25 10:00:00", "2025-03-24T17:00:00.000Z"],
    // month and year ends, leap day
    ["2025-12-31 23:59:59", "2026-01-01T07:59:59.000Z"],
    ["2025-01-31 16:00:00", "2025-02-01T00:00:00.000Z"],
    ["2028-02-29 12:00:00", "2028-02-29T20:00:00.000Z"],
    ["Feb 29, 2028 23:30", "2028-03-01T07:30:00.000Z"],
    // DST switch days in Los Angeles
    ["2025-03-09 01:59:59", "2025-03-09T09:59:59.000Z"],
    ["2025-03-09 03:00:00", "2025-03-09T10:00:00.000Z"],
    ["2025-11-02 00:30:00", "2025-11-02T07:30:00.000Z"],
    ["2025-11-02 02:30:00", "2025-11-02T10:30:00.000Z"],
  ])("%j → %s", (text, iso) => {
    expect(parseDateTime(text, LA)).toEqual({ iso, ambiguous: false });
  });

  it("reads the repeated hour of 2025-11-02 as the earlier instant, flagged ambiguous", () => {
    expect(parseDateTime("2025-11-02 01:30:00", LA)).toEqual({ iso: "2025-11-02T08:30:00.000Z", ambiguous: true });
    expect(parseDateTime("2026-11-01 01:00", LA)).toEqual({ iso: "2026-11-01T08:00:00.000Z", ambiguous: true });
    // an explicit offset removes the doubt
    expect(parseDateTime("2025-11-02 01:30:00 GMT-8", LA)).toEqual({ iso: "2025-11-02T09:30:00.000Z", ambiguous: false });
  });

  it("maps a time in the skipped spring hour forward", () => {
    expect(parseDateTime("2025-03-09 02:30:00", LA)).toEqual({ iso: "2025-03-09T10:30:00.000Z", ambiguous: false });
  });

  it("uses the zone argument when the text names none", () => {
    expect(parseDateTime("2025-03-24 10:00:00", "Asia/Shanghai")?.iso).toBe("2025-03-24T02:00:00.000Z");
    expect(parseDateTime("2025-03-24 10:00:00", "Europe/Berlin")?.iso).toBe("2025-03-24T09:00:00.000Z");
    expect(parseDateTime("2025-03-24 10:00:00", "UTC")?.iso).toBe("2025-03-24T10:00:00.000Z");
  });

  it.each([
    "2025-03-24", // a date without a time is not a deadline
    "Mar 24, 2025",
    "2025年3月24日",
    "2025-02-30 10:00:00",
    "2025-02-29 10:00:00",
    "2025-13-01 10:00",
    "2025-03-24 25:00",
    "2025-03-24 24:00:00",
    "2025-03-24 10:60",
    "2025-03-24 10:00:61",
    "Mar 32, 2025 10:00",
    "Mar 24, 2025 13:00 PM",
    "10:00:00",
    "4天23小时",
    "",
  ])("%j → null", (text) => {
    expect(parseDateTime(text, LA)).toBeNull();
  });

  it("returns null for an unknown default zone rather than guessing", () => {
    expect(parseDateTime("2025-03-24 10:00:00", "Not/AZone")).toBeNull();
    expect(parseDateTime("2025-03-24 10:00:00 (GMT+8)", "Not/AZone")?.iso).toBe("2025-03-24T02:00:00.000Z");
  });

  const ZONES = [LA, "Asia/Shanghai", "Europe/Berlin", "UTC"] as const;
  const SECOND_FORMATS = ["yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "MMM d, yyyy HH:mm:ss", "MMMM d, yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "yyyy年MM月dd日 HH:mm:ss", "yyyy年M月d日 HH:mm:ss", "'纠纷时间：'yyyy-MM-dd HH:mm:ss'.'"];
  const MINUTE_FORMATS = ["yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", "MMM d, yyyy HH:mm", "d MMM yyyy HH:mm", "yyyy年MM月dd日 HH:mm", "MMM d, yyyy h:mm a"];

  it("round-trips random instants through every format and zone (the repeated hour reads as its earlier instant)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...SECOND_FORMATS, ...MINUTE_FORMATS),
        (epochMs, zone, pattern) => {
          const precision = SECOND_FORMATS.includes(pattern) ? SECOND : MINUTE;
          const expected = Math.floor(epochMs / precision) * precision;
          const text = formatInZone(new Date(epochMs).toISOString(), zone, pattern);
          const parsed = parseDateTime(text, zone);
          expect(parsed).not.toBeNull();
          if (!parsed) return;
          const parsedMs = Date.parse(parsed.iso);
          if (parsed.ambiguous) {
            // The same wall time also occurs one hour earlier or is this instant itself.
            expect([expected, expected - HOUR]).toContain(parsedMs);
          } else {
            expect(parsedMs).toBe(expected);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("round-trips with the zone written as an offset beside the time", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }), fc.constantFrom(...ZONES), (epochMs, zone) => {
        const text = formatInZone(new Date(epochMs).toISOString(), zone, "yyyy-MM-dd HH:mm:ss '(GMT'xxx')'");
        // Read with a different default zone: the offset in the text must decide.
        expect(parseDateTime(text, "Pacific/Kiritimati")).toEqual({ iso: new Date(Math.floor(epochMs / SECOND) * SECOND).toISOString(), ambiguous: false });
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseCountdown", () => {
  it.each([
    ["4天23小时15分", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4天23时15分", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4 天 23 小时", 4 * DAY + 23 * HOUR],
    ["0 天 1 小时 52 分", HOUR + 52 * MINUTE],
    ["18小时25分", 18 * HOUR + 25 * MINUTE],
    ["01:42:16", HOUR + 42 * MINUTE + 16 * SECOND],
    ["04天 23:15:07", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["4 days 23 hours 15 minutes", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4d 23h 15m", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4天23时15分07秒", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["4d 23h 15m 07s", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["2 days 03:12:45", 2 * DAY + 3 * HOUR + 12 * MINUTE + 45 * SECOND],
    ["剩余 2 天 03:12:45", 2 * DAY + 3 * HOUR + 12 * MINUTE + 45 * SECOND],
    ["Respond within 4 days 23 hours", 4 * DAY + 23 * HOUR],
    ["请在 4天23小时 内处理", 4 * DAY + 23 * HOUR],
    ["请在 2天13小时 内处理，超时后系统将按买家方案执行", 2 * DAY + 13 * HOUR],
    ["Please respond within 2 days 13 hours. If you do not respond, the refund will be processed automatically.", 2 * DAY + 13 * HOUR],
    ["1 day", DAY],
    ["23 hrs 5 mins", 23 * HOUR + 5 * MINUTE],
    ["5 分钟", 5 * MINUTE],
    ["还剩3天", 3 * DAY],
    ["4 days, 23 hours and 15 minutes", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["Time left: 0d 0h 0m", 0],
    ["99:59:59", 99 * HOUR + 59 * MINUTE + 59 * SECOND],
    ["4\u00A0天\u3000２３\u00A0小时", 4 * DAY + 23 * HOUR],
  ])("%j → now + duration", (text, duration) => {
    expect(parseCountdown(text, NOW)).toEqual({ iso: plus(duration), imprecise: false });
  });

  it.each([
    ["less than 1 hour", HOUR],
    ["Less than an hour", HOUR],
    ["不足1小时", HOUR],
    ["剩余时间：少于 1 小时", HOUR],
    ["less than 1 minute", MINUTE],
  ])("%j → now + %d ms, imprecise", (text, duration) => {
    expect(parseCountdown(text, NOW)).toEqual({ iso: plus(duration), imprecise: true });
  });

  it.each([
    "2025-03-24 10:00:00", // a date-time holds 10:00:00: not a countdown
    "Mar 24, 2025 10:00",
    "Mar 24, 2025 10:00:00",
    "24 Mar 2025 10:00:00",
    "2025年3月24日 10:00:00",
    "纠纷时间：2025-03-24 10:00:00",
    "请在3月24日前处理", // "24日" is a date, not 24 days
    "10:00", // HH:MM alone could be a time of day
    "订单号：8208460785972844",
    "US $12.50 (x2)",
    "01:61:00",
    "no countdown",
    "",
  ])("%j → null", (text) => {
    expect(parseCountdown(text, NOW)).toBeNull();
  });

  it("counts elapsed time across a DST switch (no calendar arithmetic)", () => {
    const beforeSwitch = new Date("2025-03-08T12:00:00.000Z");
    expect(parseCountdown("5天", beforeSwitch)?.iso).toBe("2025-03-13T12:00:00.000Z");
  });

  it("reads the countdown that follows a date in the same text", () => {
    expect(parseCountdown("2025-03-24 10:00:00 剩余 2天", NOW)).toEqual({ iso: plus(2 * DAY), imprecise: false });
  });

  it("returns null for an invalid now", () => {
    expect(parseCountdown("4天", new Date(Number.NaN))).toBeNull();
  });
});

describe("parseDeadlineText", () => {
  it("lets the value's form decide, not the label", () => {
    expect(parseDeadlineText("响应截止时间：2025-03-24 10:00:00", NOW, LA)).toEqual({ iso: "2025-03-24T17:00:00.000Z", form: "date", imprecise: false, ambiguous: false });
    expect(parseDeadlineText("响应截止时间：4天23小时", NOW, LA)).toEqual({ iso: plus(4 * DAY + 23 * HOUR), form: "countdown", imprecise: false, ambiguous: false });
    expect(parseDeadlineText("Respond by 2025-11-02 01:30", NOW, LA)).toEqual({ iso: "2025-11-02T08:30:00.000Z", form: "date", imprecise: false, ambiguous: true });
    expect(parseDeadlineText("less than 1 hour", NOW, LA)).toEqual({ iso: plus(HOUR), form: "countdown", imprecise: true, ambiguous: false });
    expect(parseDeadlineText("2025-03-24", NOW, LA)).toBeNull();
    expect(parseDeadlineText("—", NOW, LA)).toBeNull();
  });
});

describe("findIds / parseId", () => {
  it("finds 16–17 digit runs as exact strings", () => {
    expect(findIds("订单号：8208460785972844 复制 / 纠纷号 14274076944901657")).toEqual(["8208460785972844", "14274076944901657"]);
    expect(findIds("detail?reverseOrderLineId=6375657552402844&x=1")).toEqual(["6375657552402844"]);
    expect(findIds("９００７１９９２５４７４０９９３")).toEqual(["9007199254740993"]); // full-width digits, beyond 2^53
    expect(findIds("123456789012345 (15) 123456789012345678 (18) US $12.50")).toEqual([]);
    expect(parseId("Order ID: 81234567890123456 Copy")).toBe("81234567890123456");
    expect(parseId("no id")).toBeNull();
  });
});

describe("countdowns after a label", () => {
  it.each([
    ["剩余时间：4天23小时", 4 * DAY + 23 * HOUR],
    ["Time left:4d 2h", 4 * DAY + 2 * HOUR],
    ["处理时效: 01:42:16", HOUR + 42 * MINUTE + 16 * SECOND],
  ])("%j", (text, duration) => {
    expect(parseCountdown(text, NOW)).toEqual({ iso: plus(duration), imprecise: false });
  });
  it("does not read the tail of a decimal as a count", () => {
    expect(parseCountdown("1.5 hours", NOW)).toBeNull();
  });
});

// Issue 14: a countdown must have a number for every unit it shows, in order, and a stated deadline every part of its
// date and time; with one missing the deadline is unknown (null), never a shorter or another one.
describe("deadlines with a part missing (issue 14)", () => {
  it.each([
    // a unit that lost its number
    "04天14时分00秒",
    "天 04:13:00",
    "4天时15分", // <span>4</span>天<span></span>时<span>15</span>分
    "4天23时分",
    "天23时15分",
    "0天05时09分秒",
    "0 天 小时 52 分",
    "days 2 hours 11 minutes",
    "1 days hours 11 minutes",
    "4d h 15m",
    "剩余 天 09:16:46",
    "Respond within days 23 hours",
    // a number that lost its unit
    "0天05时09分33",
    "4天23时15",
    "1 days 2 11 minutes",
    "4 23h 15m",
    "剩余 2 03:12:45",
    // two numbers run together where a unit went missing: more than the smaller unit holds
    "4天2315分",
    "0天0509分33秒",
    "3天243分",
    "2 days 24:00:00",
    "4 days 23 hours 75 minutes",
    // a clock cut short after the days
    "剩余 1 天 :16:46",
    "剩余 1 天 09:16:",
    "剩余 1 天 0916:46",
    "剩余 1 天 09::46",
  ])("countdown %j → unknown", (text) => {
    expect(parseCountdown(text, NOW)).toBeNull();
    expect(parseDeadlineText(text, NOW, LA)).toBeNull();
    expect(isIncompleteDeadlineText(text)).toBe(true);
  });

  it.each([
    "2025-03-24 10:",
    "2025年03月日 10:00",
    "2025年03月日 10:00:00",
    "2025年月24日 10:00:00",
    "年03月24日 10:00:00",
    "2025年03月24 10:00:00",
    "2025-03- 10:00:00",
    "2025--24 10:00:00",
    "-03-24 10:00:00",
    "2025-03-24 :00:00",
    "2025-03-24 10::00",
    "2025-03-24 10:00:",
    "2025-03-24 10时分",
    "Mar , 2025 10:00:00",
    "Mar 24, 10:00:00",
    "24 Mar 10:00:00",
    "Please respond by Nov 2026 08:00:00.",
    "Please respond by 22 2026 08:00:00.",
    "2025-03-24 10:00:00 (GMT+)",
    "2025-03-24 10:00:00 GMT8",
    "2025-03-24 10:00:00 (+8)",
    "2025-03-24 10:00:00 UTC+",
    "2025-03-24 10:00:00 ()",
  ])("stated deadline %j → unknown", (text) => {
    expect(parseDateTime(text, LA)).toBeNull();
    expect(parseDeadlineText(text, NOW, LA)).toBeNull();
    expect(isIncompleteDeadlineText(text)).toBe(true);
  });

  it.each([
    // DOMAIN.md §2 countdowns, each unit zero or absent as the page may show it
    ["4天23小时15分", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4天23时15分", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4 天 23 小时", 4 * DAY + 23 * HOUR],
    ["0 天 1 小时 52 分", HOUR + 52 * MINUTE],
    ["18小时25分", 18 * HOUR + 25 * MINUTE],
    ["01:42:16", HOUR + 42 * MINUTE + 16 * SECOND],
    ["04天 23:15:07", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["4 days 23 hours 15 minutes", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4d 23h 15m", 4 * DAY + 23 * HOUR + 15 * MINUTE],
    ["4天23时15分07秒", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["4d 23h 15m 07s", 4 * DAY + 23 * HOUR + 15 * MINUTE + 7 * SECOND],
    ["2 days 03:12:45", 2 * DAY + 3 * HOUR + 12 * MINUTE + 45 * SECOND],
    ["剩余 2 天 03:12:45", 2 * DAY + 3 * HOUR + 12 * MINUTE + 45 * SECOND],
    ["Respond within 4 days 23 hours", 4 * DAY + 23 * HOUR],
    ["请在 4天23小时 内处理", 4 * DAY + 23 * HOUR],
    ["0天0时0分0秒", 0],
    ["4天0时5分", 4 * DAY + 5 * MINUTE],
    ["4天 5分", 4 * DAY + 5 * MINUTE], // hours absent
    ["4 days 15 minutes", 4 * DAY + 15 * MINUTE],
    ["23 hours 07 seconds", 23 * HOUR + 7 * SECOND],
    ["48小时", 48 * HOUR], // a leading unit may exceed the next larger one
    ["90 minutes", 90 * MINUTE],
    ["1 天 09:16", DAY + 9 * HOUR + 16 * MINUTE],
    ["剩余 1 天 09:16:46。", DAY + 9 * HOUR + 16 * MINUTE + 46 * SECOND],
    ["Please respond within 2 days 13 hours. If you do not respond, the refund will be processed automatically.", 2 * DAY + 13 * HOUR],
  ])("countdown %j still reads", (text, duration) => {
    expect(parseDeadlineText(text, NOW, LA)).toEqual({ iso: plus(duration), form: "countdown", imprecise: false, ambiguous: false });
    expect(isIncompleteDeadlineText(text)).toBe(false);
  });

  it.each([
    ["2025-03-24 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00", "2025-03-24T17:00:00.000Z"],
    ["2025/03/24 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025/03/24 10:00", "2025-03-24T17:00:00.000Z"],
    ["Mar 24, 2025 10:00", "2025-03-24T17:00:00.000Z"],
    ["Mar 24, 2025 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["24 Mar 2025 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["2025年03月24日 10:00", "2025-03-24T17:00:00.000Z"],
    ["2025年3月24日 10:00:00", "2025-03-24T17:00:00.000Z"],
    ["Please respond by 22 Nov 2026 08:00:00.", "2026-11-22T16:00:00.000Z"],
    ["2025-03-24 10:00:00 (GMT+8)", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24 10:00 GMT-7", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00 UTC+8", "2025-03-24T02:00:00.000Z"],
    ["2025-03-24 10:00:00 (UTC)", "2025-03-24T10:00:00.000Z"],
    ["2025-03-24 10:00 GMT", "2025-03-24T10:00:00.000Z"],
    ["2025-01-24 10:00:00 PST", "2025-01-24T18:00:00.000Z"],
    ["2025-03-24 10:00:00 PDT", "2025-03-24T17:00:00.000Z"],
    ["2025-03-24 10:00:00 北京时间", "2025-03-24T02:00:00.000Z"],
    ["2025-01-24 10:00:00 太平洋时间", "2025-01-24T18:00:00.000Z"],
    ["Mar 24, 2025 10:00 (GMT+8).", "2025-03-24T02:00:00.000Z"],
  ])("stated deadline %j still reads", (text, iso) => {
    expect(parseDeadlineText(text, NOW, LA)).toEqual({ iso, form: "date", imprecise: false, ambiguous: false });
    expect(isIncompleteDeadlineText(text)).toBe(false);
  });

  it.each(["2025-03-24", "—", "no deadline", "订单号：8208460785972844", "", "已超时"])("%j is no deadline, not an incomplete one", (text) => {
    expect(parseDeadlineText(text, NOW, LA)).toBeNull();
    expect(isIncompleteDeadlineText(text)).toBe(false);
  });

  // The same property on texts: every §2 form with random values, one word, number or sign taken out. Taking out what
  // stood between two numbers makes one number of them ("4天23时" → "423时"): no text can tell, the reader tells it by
  // the elements the numbers were drawn in (hasNumberAcrossElements), so those cuts are left to the page property.
  const pad = (n: number) => String(n).padStart(2, "0");
  const COUNTDOWN_FORMS: ReadonlyArray<(d: number, h: number, m: number, s: number) => string> = [
    (d, h, m) => `${d}天${h}小时${m}分`,
    (d, h, m) => `${d}天${h}时${m}分`,
    (d, h) => `${d} 天 ${h} 小时`,
    (d, h, m) => `${d} 天 ${h} 小时 ${m} 分`,
    (_d, h, m) => `${h}小时${m}分`,
    (_d, h, m, s) => `${pad(h)}:${pad(m)}:${pad(s)}`,
    (d, h, m, s) => `${pad(d)}天 ${pad(h)}:${pad(m)}:${pad(s)}`,
    (d, h, m) => `${d} days ${h} hours ${m} minutes`,
    (d, h, m) => `${d}d ${h}h ${m}m`,
    (d, h, m, s) => `${d}天${pad(h)}时${pad(m)}分${pad(s)}秒`,
    (d, h, m, s) => `${d}d ${h}h ${m}m ${pad(s)}s`,
    (d, h, m, s) => `${d} days ${pad(h)}:${pad(m)}:${pad(s)}`,
    (d, h, m, s) => `剩余 ${d} 天 ${pad(h)}:${pad(m)}:${pad(s)}`,
    (d, h) => `Respond within ${d} days ${h} hours`,
    (d, h) => `请在 ${d}天${h}小时 内处理`,
  ];
  const DATE_FORMS = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss", "MMM d, yyyy HH:mm", "MMM d, yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "yyyy年MM月dd日 HH:mm", "yyyy年M月d日 HH:mm:ss", "'Please respond by 'd MMM yyyy HH:mm:ss'.'", "yyyy-MM-dd HH:mm:ss '(GMT'xxx')'"];

  /** The text without its `index`th word, number or sign, or null when that would run two numbers together. */
  function withoutPiece(text: string, index: number): string | null {
    const pieces = text.match(/\d+|\p{L}+|\s+|[^\d\p{L}\s]/gu) ?? [];
    const droppable = pieces.map((piece, i) => ({ piece, i })).filter(({ piece }) => !/^\s+$/u.test(piece));
    const dropped = droppable[index % droppable.length];
    if (dropped === undefined) return null;
    const before = pieces.slice(0, dropped.i).join("");
    const after = pieces.slice(dropped.i + 1).join("");
    return /\d$/u.test(before) && /^\d/u.test(after) ? null : before + after;
  }

  it("a §2 countdown without one of its parts reads as itself or unknown", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTDOWN_FORMS),
        fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 23 }), fc.nat({ max: 59 }), fc.nat({ max: 59 })),
        fc.nat(),
        (form, [d, h, m, s], index) => {
          const text = form(d, h, m, s);
          const whole = parseDeadlineText(text, NOW, LA);
          expect(whole, text).not.toBeNull();
          const cut = withoutPiece(text, index);
          if (cut === null) return;
          const read = parseDeadlineText(cut, NOW, LA);
          if (read !== null) expect(read.iso, `${JSON.stringify(text)} → ${JSON.stringify(cut)}`).toBe(whole?.iso);
        },
      ),
      { numRuns: 3000, seed: 14 },
    );
  });

  it("a §2 date-time without one of its parts reads as itself or unknown", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }),
        fc.constantFrom(LA, "Asia/Shanghai", "UTC"),
        fc.constantFrom(...DATE_FORMS),
        fc.nat(),
        (epochMs, zone, pattern, index) => {
          const text = formatInZone(new Date(epochMs).toISOString(), zone, pattern);
          const whole = parseDeadlineText(text, NOW, zone);
          expect(whole, text).not.toBeNull();
          const cut = withoutPiece(text, index);
          if (cut === null) return;
          const read = parseDeadlineText(cut, NOW, zone);
          if (read !== null) expect(read.iso, `${JSON.stringify(text)} → ${JSON.stringify(cut)}`).toBe(whole?.iso);
        },
      ),
      { numRuns: 3000, seed: 1414 },
    );
  });
});
