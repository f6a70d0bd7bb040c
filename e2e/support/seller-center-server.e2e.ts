// The local seller center without a browser: routing by Host header, exact and any-query pages,
// JSON by prefix, the 404 page, request records. Requests go over real TLS with the test certificate.
import { request } from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCertificate } from "./cert.ts";
import { isAliExpressHost, startSellerCenterServer, type SellerCenterServer } from "./seller-center-server.ts";

interface Reply {
  status: number;
  type: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

const certificate = ensureCertificate();

/** Fetches `url` from the server as Chromium would after --host-resolver-rules: to 127.0.0.1, Host and SNI kept. */
function fetchFrom(server: SellerCenterServer, url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        method: init.method ?? "GET",
        path: target.pathname + target.search,
        servername: target.hostname,
        headers: { host: target.hostname, ...init.headers },
        ca: certificate.cert, // also proves the certificate is valid for the host
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers["content-type"] ?? ""),
            body: Buffer.concat(chunks).toString("utf8"),
            headers: response.headers,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

describe("startSellerCenterServer", () => {
  let server: SellerCenterServer;
  let renders = 0;

  beforeAll(async () => {
    server = await startSellerCenterServer({ certificate });
    server.page("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1", "<title>store 1</title>");
    server.page("https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2", () => `<title>store 2, render ${++renders}</title>`);
    server.page("https://gsp.aliexpress.com/apps/order/index", "<title>gsp orders</title>");
    server.json("https://seller-acs.aliexpress.com/h5/", { ret: ["FAIL_SYS_TOKEN_EXOIRED::令牌过期"] });
    // A string body goes out untouched: a 19-digit id would lose digits through JSON.parse/stringify.
    server.json("https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/", '{"id":1234567890123456789}');
  });

  afterAll(async () => {
    await server.close();
  });

  it("listens on a random port of 127.0.0.1", () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.port).not.toBe(443);
  });

  it("serves a page at its exact URL, and tells stores apart by query", async () => {
    const one = await fetchFrom(server, "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=1");
    expect(one.status).toBe(200);
    expect(one.type).toMatch(/^text\/html; charset=utf-8/);
    expect(one.body).toBe("<title>store 1</title>");
    expect((await fetchFrom(server, "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=3")).status).toBe(404);
  });

  it("renders a page given as a function on every request", async () => {
    const url = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=2";
    const first = await fetchFrom(server, url);
    const second = await fetchFrom(server, url);
    expect(first.body).not.toBe(second.body);
    expect(second.body).toMatch(/render \d+/);
  });

  it("serves a page registered without a query for any query on its path", async () => {
    expect((await fetchFrom(server, "https://gsp.aliexpress.com/apps/order/index?page=2")).body).toBe("<title>gsp orders</title>");
  });

  it("plays each host by its Host header: the same path on another host is not that page", async () => {
    expect((await fetchFrom(server, "https://trade.aliexpress.com/apps/order/index")).status).toBe(404);
  });

  it("answers JSON by URL prefix, longest prefix first, string bodies byte for byte", async () => {
    const list = await fetchFrom(server, "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/?api=x", {
      headers: { origin: "https://csp.aliexpress.com" },
    });
    expect(list.type).toMatch(/^application\/json/);
    expect(list.body).toBe('{"id":1234567890123456789}');
    expect(list.headers["access-control-allow-origin"]).toBe("https://csp.aliexpress.com");
    const other = await fetchFrom(server, "https://seller-acs.aliexpress.com/h5/mtop.other/1.0/", { method: "POST", body: "data=%7B%7D" });
    expect(JSON.parse(other.body)).toEqual({ ret: ["FAIL_SYS_TOKEN_EXOIRED::令牌过期"] });
  });

  it("answers a CORS preflight from a seller-center page", async () => {
    const preflight = await fetchFrom(server, "https://seller-acs.aliexpress.com/h5/mtop.other/1.0/", {
      method: "OPTIONS",
      headers: { origin: "https://csp.aliexpress.com", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toContain("POST");
  });

  it("serves a 404 page naming the URL, escaped", async () => {
    const missing = await fetchFrom(server, "https://login.aliexpress.com/user/seller/login?bizSegment=CSP&x=<b>");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("<title>404 Not Found</title>");
    expect(missing.body).toContain("bizSegment=CSP");
    expect(missing.body).not.toContain("<b>");
  });

  it("refuses hosts that are not aliexpress.com", async () => {
    const reply = await fetchFrom(server, "https://csp.aliexpress.com/", { headers: { host: "aliexpress.com.evil.example" } });
    expect(reply.status).toBe(421);
  });

  it("records every request with method, full URL, host, body and answer", async () => {
    await fetchFrom(server, "https://seller-acs.aliexpress.com/h5/mtop.record/1.0/", { method: "POST", body: "data=%7B%22a%22%3A1%7D" });
    const [recorded] = server.requestsTo("https://seller-acs.aliexpress.com/h5/mtop.record/");
    expect(recorded).toMatchObject({ method: "POST", host: "seller-acs.aliexpress.com", body: "data=%7B%22a%22%3A1%7D", status: 200 });
    expect(server.requests.length).toBeGreaterThan(5);
  });

  it("refuses to register a URL of another site", () => {
    expect(() => server.page("https://example.com/", "x")).toThrow(/not an aliexpress\.com URL/);
  });
});

describe("isAliExpressHost", () => {
  it("accepts aliexpress.com and its subdomains only", () => {
    for (const host of ["aliexpress.com", "csp.aliexpress.com", "seller-acs.aliexpress.com", "CSP.AliExpress.com"]) expect(isAliExpressHost(host)).toBe(true);
    for (const host of ["example.com", "aliexpress.com.evil.example", "notaliexpress.com", "aliexpress.ru", ""]) expect(isAliExpressHost(host)).toBe(false);
  });
});
