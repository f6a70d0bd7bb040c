// @vitest-environment jsdom
import { captureSellerResponses } from "./capture-responses";
import { BRIDGE_MARKER } from "./bridge-message";

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
});
