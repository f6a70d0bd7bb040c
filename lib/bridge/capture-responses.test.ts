// @vitest-environment jsdom
import { captureSellerResponses } from "./capture-responses";
import { BRIDGE_MARKER, BRIDGE_READY_MARKER } from "./bridge-message";

const LIST_URL = "https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.reverse.querysellerreverseorderlist/1.0/?type=originaljson";

describe("captureSellerResponses", () => {
  it("passes on the body of an observed fetch and leaves the page's response intact", async () => {
    const posted: unknown[] = [];
    const fakeFetch = vi.fn(async () => new Response('{"api":"x","ret":["SUCCESS::ok"]}'));
    window.fetch = fakeFetch as typeof fetch;
    const postSpy = vi.spyOn(window, "postMessage").mockImplementation((message: unknown) => {
      posted.push(message);
    });
    const restore = captureSellerResponses(window);
    const response = await window.fetch(LIST_URL);
    expect(await response.text()).toBe('{"api":"x","ret":["SUCCESS::ok"]}');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(posted).toEqual([{ marker: BRIDGE_MARKER, api: "mtop.aliexpress.seller.reverse.querysellerreverseorderlist", url: LIST_URL, body: '{"api":"x","ret":["SUCCESS::ok"]}' }]);
    restore();
    postSpy.mockRestore();
  });

  it("ignores requests to other APIs", async () => {
    const posted: unknown[] = [];
    window.fetch = (async () => new Response("{}")) as typeof fetch;
    const postSpy = vi.spyOn(window, "postMessage").mockImplementation((message: unknown) => {
      posted.push(message);
    });
    const restore = captureSellerResponses(window);
    await window.fetch("https://seller-acs.aliexpress.com/h5/mtop.other.api/1.0/");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(posted).toEqual([]);
    restore();
    postSpy.mockRestore();
  });

  it("posts the last response of each API again when the content script says it is ready", async () => {
    window.fetch = (async () => new Response('{"n":1}')) as typeof fetch;
    const restore = captureSellerResponses(window);
    await window.fetch(LIST_URL);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const replayed: unknown[] = [];
    const listener = (event: MessageEvent) => {
      if ((event.data as { marker?: string }).marker === BRIDGE_MARKER) replayed.push(event.data);
    };
    window.addEventListener("message", listener);
    // jsdom's postMessage does not set event.source; dispatch the ready message as the window would.
    window.dispatchEvent(new MessageEvent("message", { data: { marker: BRIDGE_READY_MARKER }, source: window }));
    await vi.waitFor(() => expect(replayed).toHaveLength(1));
    expect(replayed[0]).toMatchObject({ api: "mtop.aliexpress.seller.reverse.querysellerreverseorderlist", body: '{"n":1}' });
    window.removeEventListener("message", listener);
    restore();
  });
});
