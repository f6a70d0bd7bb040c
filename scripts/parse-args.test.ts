import { parseCliArgs } from "./parse-args";

const NOW = new Date("2026-11-20T18:30:00.000Z");

describe("parseCliArgs", () => {
  it("reads file, url, now and zone", () => {
    const r = parseCliArgs(["p.html", "--url", "https://csp.aliexpress.com/x", "--now", "2026-01-02T03:04:05Z", "--tz", "Asia/Shanghai"], NOW);
    expect(r).toEqual({ ok: true, args: { file: "p.html", url: "https://csp.aliexpress.com/x", now: new Date("2026-01-02T03:04:05Z"), zone: "Asia/Shanghai" } });
  });
  it("reads a --now without a zone as UTC, whatever the machine's zone", () => {
    const r = parseCliArgs(["p.html", "--url", "https://csp.aliexpress.com/x", "--now", "2026-11-20T18:30:00"], NOW);
    expect(r.ok && r.args.now.toISOString()).toBe("2026-11-20T18:30:00.000Z");
    const withOffset = parseCliArgs(["p.html", "--url", "https://csp.aliexpress.com/x", "--now", "2026-11-20T18:30:00+08:00"], NOW);
    expect(withOffset.ok && withOffset.args.now.toISOString()).toBe("2026-11-20T10:30:00.000Z");
  });

  it("defaults now to the given clock and the zone to Pacific", () => {
    const r = parseCliArgs(["p.html", "--url", "https://csp.aliexpress.com/x"], NOW);
    expect(r.ok && r.args.now).toEqual(NOW);
    expect(r.ok && r.args.zone).toBe("America/Los_Angeles");
  });
  it.each([
    [["--url", "https://a/"], "missing page file"],
    [["p.html"], "missing --url"],
    [["p.html", "--url"], "--url needs a value"],
    [["p.html", "--url", "nota url"], "not a URL"],
    [["p.html", "--url", "https://a/", "--now", "yesterday"], "not an ISO-8601"],
    [["p.html", "--url", "https://a/", "--tz", "Mars/Base"], "unknown time zone"],
    [["p.html", "--url", "https://a/", "--frob"], "unknown option"],
    [["p.html", "q.html", "--url", "https://a/"], "unexpected argument"],
  ])("refuses %j", (argv, message) => {
    const r = parseCliArgs(argv, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });
});
