// Runs in the page's own world (MAIN) at document_start: wraps fetch and XMLHttpRequest so the bodies of the
// seller center's own responses to the observed APIs are passed to the content script. It never sends a request
// itself and changes nothing the page sees.
import { BRIDGE_MARKER, BRIDGE_READY_MARKER, MAX_BRIDGE_BODY_CHARS, observedApiOf, type BridgeMessage } from "./bridge-message";

type PageWindow = Window & typeof globalThis;

export function captureSellerResponses(win: PageWindow): () => void {
  // The last response of each API, posted again when the content script says it listens: a response that
  // arrived before it (document_start vs document_idle) or between a navigation and its visit is not lost.
  const lastByApi = new Map<string, BridgeMessage>();
  const onReady = (event: MessageEvent) => {
    if (event.source !== win || (event.data as { marker?: unknown } | null)?.marker !== BRIDGE_READY_MARKER) return;
    for (const message of lastByApi.values()) win.postMessage(message, win.location.origin);
  };
  win.addEventListener("message", onReady);
  const post = (api: string, url: string, body: string, requestBody: unknown) => {
    if (body.length > MAX_BRIDGE_BODY_CHARS) return;
    const message: BridgeMessage = { marker: BRIDGE_MARKER, api, url, body };
    if (typeof requestBody === "string" && requestBody.length <= 65_536) message.requestBody = requestBody;
    lastByApi.set(api, message);
    win.postMessage(message, win.location.origin);
  };

  const originalFetch = win.fetch;
  const wrappedFetch: typeof fetch = async (input, init) => {
    const response = await originalFetch.call(win, input, init);
    try {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const api = observedApiOf(url);
      if (api !== null) {
        response
          .clone()
          .text()
          .then((text) => post(api, url, text, init?.body))
          .catch(() => undefined);
      }
    } catch {
      // Observing must never break the page's own request.
    }
    return response;
  };
  win.fetch = wrappedFetch;

  const proto = win.XMLHttpRequest.prototype;
  const originalOpen = proto.open;
  const originalSend = proto.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function open(this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest["open"]>) {
    const url = args[1];
    urls.set(this, typeof url === "string" ? url : url.href);
    return originalOpen.apply(this, args);
  } as XMLHttpRequest["open"];
  proto.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const url = urls.get(this);
    const api = url === undefined ? null : observedApiOf(url);
    if (api !== null && url !== undefined) {
      this.addEventListener("load", () => {
        try {
          if (this.responseType === "" || this.responseType === "text") post(api, url, this.responseText, body);
          else if (this.responseType === "json" && this.response !== null) post(api, url, JSON.stringify(this.response), body);
        } catch {
          // A body we cannot read is simply not passed on.
        }
      });
    }
    return originalSend.call(this, body);
  };

  return () => {
    win.removeEventListener("message", onReady);
    win.fetch = originalFetch;
    proto.open = originalOpen;
    proto.send = originalSend;
  };
}
