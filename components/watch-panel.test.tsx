// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import type { WatchView } from "../lib/watch/watch-runner";
import { WatchPanel } from "./watch-panel";

const now = new Date("2026-11-26T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

function view(extra: Partial<WatchView> = {}): WatchView {
  return {
    enabled: true,
    everyHours: 3,
    running: null,
    pausedSince: null,
    nextCheckAt: "2026-11-26T14:00:00.000Z",
    stores: [
      { channelId: "1001", lastReadAt: hoursAgo(5), lastCheck: { at: hoursAgo(2), outcome: "read", disputes: 12 } },
      { channelId: "1002", lastReadAt: null, lastCheck: null },
    ],
    ...extra,
  };
}

function renderPanel(watch: WatchView, lang: "en" | "zh" = "en", storeNames: Record<string, string> = {}) {
  const onCheckNow = vi.fn<() => void>();
  render(<WatchPanel watch={watch} now={now} lang={lang} browserZone="Asia/Shanghai" platformZone="America/Los_Angeles" storeNames={storeNames} onCheckNow={onCheckNow} />);
  return onCheckNow;
}

afterEach(cleanup);

describe("WatchPanel", () => {
  it("says when each store was last checked and what came of it, and when the next check is", () => {
    renderPanel(view());
    expect(screen.getByText("store 1001: checked 2 h ago, 12 disputes read")).toBeTruthy();
    expect(screen.getByText("store 1002: not checked yet")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/^Next automatic check 26 Nov 22:00/);
  });

  it("Check now asks for a check; it is disabled while one runs and says which store", () => {
    const onCheckNow = renderPanel(view());
    fireEvent.click(screen.getByRole("button", { name: "Check now" }));
    expect(onCheckNow).toHaveBeenCalledTimes(1);
    cleanup();
    renderPanel(view({ running: { channelId: "1001", queue: ["1002"] } }), "en", { "1001": "Blue Shop" });
    expect((screen.getByRole("button", { name: "Check now" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toBe("Checking Blue Shop… (1 more to go)");
  });

  it("says what to do when paused by a sign-out, when off, and when no store is known", () => {
    renderPanel(view({ pausedSince: hoursAgo(1), stores: [{ channelId: "1001", lastReadAt: null, lastCheck: { at: hoursAgo(1), outcome: "signed-out", disputes: null } }] }), "zh");
    expect(screen.getByRole("button", { name: "立即检查" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("自动检查已暂停：请登录卖家后台，然后打开其中任意页面。");
    expect(screen.getByText(/1001.*：1.*前已检查，卖家后台已退出登录$/)).toBeTruthy();
    cleanup();
    renderPanel(view({ enabled: false }));
    expect(screen.getByRole("status").textContent).toBe("Automatic checks are off (Settings).");
    cleanup();
    renderPanel(view({ stores: [] }));
    expect((screen.getByRole("button", { name: "Check now" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toMatch(/Open your dispute list/);
  });

  it("shows a hostile store name as text", () => {
    renderPanel(view(), "en", { "1001": "<img src=x onerror=alert(1)>" });
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>: checked/)).toBeTruthy();
  });
});
