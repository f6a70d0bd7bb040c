import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { registerDemoSite } from "./register-demo-site.ts";

// A stand-in for the HTTPS server: keeps what the demo registers, renders it on demand.
function fakeServer() {
  const pages = new Map<string, string | (() => string)>();
  return {
    page(url: string, html: string | (() => string)) {
      pages.set(url, html);
    },
    json(_urlPrefix: string, _body: unknown) {
      // The list JSON is checked by the reader tests of the JSON; here only pages are rendered.
    },
    render(url: string): Document {
      const content = pages.get(url);
      if (content === undefined) throw new Error(`not registered: ${url}`);
      return new JSDOM(typeof content === "function" ? content() : content).window.document;
    },
    urls: () => [...pages.keys()],
  };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? null;

/** The list row whose detail link carries `disputeId`, as cell texts. */
function rowCells(document: Document, disputeId: string): string[] {
  const link = document.querySelector(`a[href$="reverseOrderLineId=${disputeId}"]`);
  const row = link?.closest("tr");
  if (!row) throw new Error(`no row for ${disputeId}`);
  return [...row.querySelectorAll("td")].map((cell) => text(cell) ?? "");
}

/** The value beside a label on a detail page (<dt>/<dd> or label/value item). */
function detailValue(document: Document, label: string): string | null {
  for (const dt of document.querySelectorAll("dt")) if (text(dt) === label) return text(dt.nextElementSibling);
  for (const item of document.querySelectorAll(".item")) if (text(item.querySelector(".label")) === label) return text(item.querySelector(".value"));
  return null;
}

const WINTER_NOW = new Date("2026-11-20T18:30:00.000Z"); // Pacific = UTC-8 (PST)
const SUMMER_NOW = new Date("2026-07-01T12:00:00.000Z"); // Pacific = UTC-7 (PDT)

const DUE_50_MIN = "6390151148270315";
const DUE_5_H = "6390287735120462";
const PLATFORM_DATE = "6390343902716688";
const CLOSED_ZH = "6390419965301147";
const DUE_3_DAYS = "6391126648503392";
const UPDATED_ONLY = "6391208173364021";
const RETURN_EN = "6391344520987730";

describe("registerDemoSite", () => {
  it("serves a Chinese and an English dispute list at real csp list URLs (DOMAIN.md §3)", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    expect(site.listUrls.zh).toBe("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2901001");
    expect(site.listUrls.en).toBe("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2901002");
    const zh = server.render(site.listUrls.zh);
    const en = server.render(site.listUrls.en);
    expect(zh.documentElement.lang).toBe("zh-CN");
    expect(zh.title).toBe("纠纷管理");
    expect([...zh.querySelectorAll("th")].map(text)).toEqual(["商品", "订单编号", "买家", "创建时间", "售后状态", "退款原因", "退款金额", "响应截止时间", "操作"]);
    expect(en.title).toBe("Dispute management");
    expect(en.querySelectorAll("tbody tr")).toHaveLength(4);
    expect(zh.querySelectorAll("tbody tr")).toHaveLength(4);
    expect(text(zh.querySelector(".ait-pagination-total"))).toBe("共 4 条");
    expect(text(en.querySelector(".ait-pagination-total"))).toBe("Total 4 items");
  });

  it("has a detail page behind every row's link, at the detail URL with reverseOrderLineId", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    for (const listUrl of [site.listUrls.zh, site.listUrls.en]) {
      for (const link of server.render(listUrl).querySelectorAll("tbody a[href*='/detail?']")) {
        const url = new URL(link.getAttribute("href") ?? "", listUrl).href;
        expect(server.urls()).toContain(url);
        const disputeId = new URL(url).searchParams.get("reverseOrderLineId") ?? "";
        expect(disputeId).toMatch(/^\d{16}$/);
        expect(text(server.render(url).querySelector("main"))).toContain(disputeId);
      }
    }
    expect(Object.keys(site.detailUrls)).toHaveLength(8);
  });

  it("shows countdowns that end 50 minutes, 5 hours and 3 days after now, and none for closed disputes", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    const zh = server.render(site.listUrls.zh);
    const en = server.render(site.listUrls.en);
    expect(rowCells(zh, DUE_50_MIN)[7]).toBe("0 天 0 小时 50 分");
    expect(rowCells(zh, DUE_5_H)[7]).toBe("剩余 0 天 05:00:00");
    expect(rowCells(en, DUE_3_DAYS)[7]).toBe("3 days 0 hours 0 minutes");
    expect(rowCells(en, RETURN_EN)[7]).toBe("6 days 22:41:00");
    expect(rowCells(zh, CLOSED_ZH)[7]).toBe("-");
    expect(rowCells(en, UPDATED_ONLY)[7]).toBe("-");
  });

  it("prints times in US Pacific time without a zone, with daylight saving (DOMAIN.md §2)", () => {
    const winter = fakeServer();
    const winterSite = registerDemoSite(winter, WINTER_NOW);
    // Opened 4 d 23 h 10 min before 2026-11-20T18:30Z = 2026-11-15T19:20Z = 11:20 PST.
    expect(rowCells(winter.render(winterSite.listUrls.zh), DUE_50_MIN)[3]).toBe("2026-11-15 11:20:00");
    // The platform's date deadline: 3 d 2 h 30 min later = 2026-11-23T21:00Z = 13:00 PST.
    expect(rowCells(winter.render(winterSite.listUrls.zh), PLATFORM_DATE)[7]).toBe("2026/11/23 13:00");

    const summer = fakeServer();
    const summerSite = registerDemoSite(summer, SUMMER_NOW);
    // 2026-07-01T12:00Z − 4 d 23 h 10 min = 2026-06-26T12:50Z = 05:50 PDT.
    expect(rowCells(summer.render(summerSite.listUrls.zh), DUE_50_MIN)[3]).toBe("2026-06-26 05:50:00");
  });

  it("counts down on every request from the clock while the disputes' own times stay put", () => {
    const server = fakeServer();
    let clock = WINTER_NOW;
    const site = registerDemoSite(server, WINTER_NOW, () => clock);
    clock = new Date(WINTER_NOW.getTime() + 10 * 60_000 + 30_000);
    const zh = server.render(site.listUrls.zh);
    expect(rowCells(zh, DUE_50_MIN)[7]).toBe("0 天 0 小时 39 分");
    expect(rowCells(zh, DUE_50_MIN)[3]).toBe("2026-11-15 11:20:00");
    clock = new Date(WINTER_NOW.getTime() + 2 * 60 * 60_000);
    expect(rowCells(server.render(site.listUrls.zh), DUE_50_MIN)[7]).toBe("0 天 0 小时 0 分");
  });

  it("puts the seller's countdown in a warning banner on the detail page (DOMAIN.md §3)", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    const detail = server.render(site.detailUrls[DUE_50_MIN] ?? "");
    expect(text(detail.querySelector(".ait-message-warning"))).toBe("请在 0天0小时50分 内处理，超时后系统将按买家方案执行。");
    expect(detailValue(detail, "售后单号")).toBe(`${DUE_50_MIN} 复制`);
    expect(detailValue(detail, "订单编号")).toBe("8201574406318829");
    expect(detailValue(detail, "售后状态")).toBe("等待您处理");
    expect(detailValue(detail, "退款金额")).toBe("US $23.90");

    const en = server.render(site.detailUrls[DUE_3_DAYS] ?? "");
    expect(text(en.querySelector(".ait-message-warning"))).toBe(
      "Please respond within 3 days 0 hours 0 minutes. If you do not respond, the refund will be processed automatically.",
    );
    const platform = server.render(site.detailUrls[PLATFORM_DATE] ?? "");
    expect(text(platform.querySelector(".ait-message-warning"))).toContain("请在 2026/11/23 13:00:00 前处理");
  });

  it("has a dispute awaiting the seller with no countdown but a last-modified time 20 hours ago", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    const detail = server.render(site.detailUrls[UPDATED_ONLY] ?? "");
    expect(detail.querySelector(".ait-message-warning")).toBeNull();
    expect(detailValue(detail, "Status")).toBe("Awaiting your response");
    // 2026-11-20T18:30Z − 20 h = 2026-11-19T22:30Z = 14:30 PST.
    expect(detailValue(detail, "Last modified")).toBe("19 Nov 2026 14:30:00");
    expect(text(detail.querySelector(".history--a8Vn3UwE"))).toContain("19 Nov 2026 14:30:00 Buyer modified the request");
    expect(detailValue(detail, "Time left")).toBeNull();
    expect(detailValue(detail, "Response deadline")).toBeNull();
    expect(text(detail.querySelector("main"))).not.toMatch(/\d+ days?|respond within|respond by/i);
  });

  it("shows a closed dispute with neither countdown nor action buttons", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    const detail = server.render(site.detailUrls[CLOSED_ZH] ?? "");
    expect(detailValue(detail, "售后状态")).toBe("已结束");
    expect(detail.querySelector(".ait-message-warning")).toBeNull();
    expect(detail.querySelectorAll("button")).toHaveLength(0);
  });

  it("escapes page text: a buyer called Tom & Jerry stays text", () => {
    const server = fakeServer();
    const site = registerDemoSite(server, WINTER_NOW);
    const en = server.render(site.listUrls.en);
    expect(en.querySelectorAll(".buyerName--gCC_ijiN")[3]?.textContent).toBe("Tom & Jerry Ltd");
  });
});
