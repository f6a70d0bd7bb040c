// A local HTTPS server that plays every *.aliexpress.com host (csp, gsp, trade, seller-acs, login),
// telling them apart by the Host header. Chromium reaches it through --host-resolver-rules, so tabs
// the extension opens itself are served too, which request routing cannot do (TOOLCHAIN.md).
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ensureCertificate, type Certificate } from "./cert.ts";

export interface RecordedRequest {
  method: string;
  /** Full URL as the browser asked for it: https://<host><path>?<query>. */
  url: string;
  host: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** What the server answered: 200, 404… */
  status: number;
}

export type Content<T> = T | (() => T);

export interface SellerCenterServer {
  /** The port Chromium must map *.aliexpress.com to. */
  readonly port: number;
  /** Every request received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /**
   * Serves HTML at an absolute URL (https://csp.aliexpress.com/m_apps/...). The query must match
   * exactly, unless the registered URL has none: then any query on that path is served.
   * A function is called on every request (pages whose countdowns count from "now").
   */
  page(url: string, html: Content<string>): void;
  /** Serves JSON to every URL starting with urlPrefix. A string body is sent as is (large ids stay exact). */
  json(urlPrefix: string, body: Content<unknown>): void;
  /** Requests whose URL starts with urlPrefix (or all). */
  requestsTo(urlPrefix?: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface SellerCenterServerOptions {
  certificate?: Certificate;
  /** Logs each request on stdout (the demo does). */
  log?: boolean;
}

const ALIEXPRESS_HOST = /^([a-z0-9-]+\.)*aliexpress\.com$/;

/** Is this hostname one the server plays (aliexpress.com or any subdomain)? */
export function isAliExpressHost(hostname: string): boolean {
  return ALIEXPRESS_HOST.test(hostname.toLowerCase());
}

function resolve<T>(content: Content<T>): T {
  return typeof content === "function" ? (content as () => T)() : content;
}

function notFoundPage(url: string): string {
  // Built from fixed text plus the escaped URL only: the 404 page of a test server.
  const safe = url.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>No page registered for ${safe}</p></body></html>`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolveBody(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Starts the server on 127.0.0.1 with a random free port. */
export async function startSellerCenterServer(options: SellerCenterServerOptions = {}): Promise<SellerCenterServer> {
  const certificate = options.certificate ?? ensureCertificate();
  const pages = new Map<string, Content<string>>(); // key: host + path + search
  const jsonRoutes: { prefix: string; body: Content<unknown> }[] = [];
  const requests: RecordedRequest[] = [];

  function findPage(url: URL): Content<string> | undefined {
    return pages.get(url.host + url.pathname + url.search) ?? pages.get(url.host + url.pathname);
  }

  function findJson(fullUrl: string): Content<unknown> | undefined {
    // Longest prefix wins, so a specific API can override a catch-all.
    let best: { prefix: string; body: Content<unknown> } | undefined;
    for (const route of jsonRoutes) {
      if (fullUrl.startsWith(route.prefix) && (!best || route.prefix.length > best.prefix.length)) best = route;
    }
    return best?.body;
  }

  function send(response: ServerResponse, status: number, type: string, body: string, extraHeaders: Record<string, string> = {}): void {
    response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...extraHeaders });
    response.end(body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = (request.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    const url = new URL(request.url ?? "/", `https://${host || "unknown.invalid"}`);
    const fullUrl = url.href;
    const body = await readBody(request);
    const record: RecordedRequest = { method: request.method ?? "GET", url: fullUrl, host, headers: request.headers, body, status: 0 };
    requests.push(record);
    const reply = (status: number, type: string, text: string, headers: Record<string, string> = {}) => {
      record.status = status;
      send(response, status, type, text, headers);
      if (options.log) console.log(`${status} ${record.method} ${fullUrl}`);
    };

    if (!isAliExpressHost(host)) return reply(421, "text/plain; charset=utf-8", `This server only plays *.aliexpress.com, not "${host}".`);

    // The seller center calls its JSON APIs on seller-acs from csp pages: a cross-origin request.
    const origin = request.headers.origin;
    const cors: Record<string, string> = origin
      ? { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" }
      : {};
    if (record.method === "OPTIONS") {
      return reply(204, "text/plain", "", {
        ...cors,
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "content-type",
      });
    }

    const json = findJson(fullUrl);
    if (json !== undefined) {
      const value = resolve(json);
      return reply(200, "application/json; charset=utf-8", typeof value === "string" ? value : JSON.stringify(value), cors);
    }
    const page = findPage(url);
    if (page !== undefined) return reply(200, "text/html; charset=utf-8", resolve(page));
    return reply(404, "text/html; charset=utf-8", notFoundPage(fullUrl));
  }

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", `seller-center-server: ${String(error)}`);
      else response.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    page(url, html) {
      const parsed = new URL(url);
      if (!isAliExpressHost(parsed.hostname)) throw new Error(`page(): ${url} is not an aliexpress.com URL`);
      pages.set(parsed.host + parsed.pathname + parsed.search, html);
    },
    json(urlPrefix, body) {
      const parsed = new URL(urlPrefix);
      if (!isAliExpressHost(parsed.hostname)) throw new Error(`json(): ${urlPrefix} is not an aliexpress.com URL`);
      jsonRoutes.push({ prefix: urlPrefix, body });
    },
    requestsTo(urlPrefix = "") {
      return requests.filter((request) => request.url.startsWith(urlPrefix));
    },
    close() {
      return new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
    },
  };
}
