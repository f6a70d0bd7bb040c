// @vitest-environment jsdom
import { watchPage } from "./page-watcher";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watchPage", () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it("reads once at start and once after a burst of row insertions", async () => {
    const controller = new AbortController();
    const read = vi.fn();
    const watcher = watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 30, maxWaitMs: 200 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    for (let i = 0; i < 100; i++) document.body.appendChild(document.createElement("div"));
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    // And no more after the burst is over.
    await tick(150);
    expect(read).toHaveBeenCalledTimes(2);
    expect(watcher.reads).toBe(2);
    controller.abort();
  });

  it("does not re-read for changes inside its own overlay hosts", async () => {
    const controller = new AbortController();
    const host = document.createElement("span");
    host.setAttribute("data-sentinel-host", "");
    const read = vi.fn(() => {
      document.body.appendChild(host);
      host.textContent = String(Math.random());
    });
    watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 20 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await tick(120);
    expect(read).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it("puts back an overlay host the page's countdown took away by rewriting its cell, without reading again", async () => {
    const controller = new AbortController();
    const cell = document.createElement("td");
    cell.textContent = "剩余 2 天 03:12:45";
    document.body.appendChild(cell);
    const host = document.createElement("span");
    host.setAttribute("data-sentinel-host", "");
    const read = vi.fn(() => {
      if (!host.isConnected) cell.appendChild(host);
    });
    watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 20, maxWaitMs: 100 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    // The page's timer sets the whole cell each second: the host goes with the old text.
    cell.textContent = "剩余 2 天 03:12:44";
    expect(host.isConnected).toBe(false);
    await vi.waitFor(() => expect(host.parentElement).toBe(cell));
    cell.textContent = "剩余 2 天 03:12:43";
    await vi.waitFor(() => expect(host.parentElement).toBe(cell));
    await tick(150);
    expect(read).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it("a stream of changes cannot postpone a read past maxWait", async () => {
    const controller = new AbortController();
    const read = vi.fn();
    watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 40, maxWaitMs: 100 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    const started = Date.now();
    while (Date.now() - started < 160) {
      document.body.appendChild(document.createElement("i"));
      await tick(10);
    }
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
    // 160 ms of changes with reads forced every 100 ms: a handful, never one per change.
    expect(read.mock.calls.length).toBeLessThanOrEqual(6);
    controller.abort();
  });

  it("stops all work when the visit is aborted", async () => {
    const controller = new AbortController();
    const read = vi.fn();
    watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 20 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    controller.abort();
    document.body.appendChild(document.createElement("div"));
    await tick(60);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("does not read again when a countdown on the page ticks, but does when its words change", async () => {
    const controller = new AbortController();
    const countdown = document.createElement("span");
    countdown.textContent = "4天23小时15分07秒";
    document.body.appendChild(countdown);
    const read = vi.fn();
    watchPage({ root: document.body, signal: controller.signal, read, debounceMs: 20, maxWaitMs: 60 });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    const text = countdown.firstChild as Text;
    for (const seconds of ["06", "05", "04"]) {
      text.nodeValue = `4天23小时15分${seconds}秒`;
      await tick(30);
    }
    await tick(80);
    expect(read).toHaveBeenCalledTimes(1);
    text.nodeValue = "已结束";
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    controller.abort();
  });
});
