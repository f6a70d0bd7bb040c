// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { WelcomeApp, type WelcomeAppProps } from "./welcome-app";

function renderWelcome(extra: Partial<WelcomeAppProps> = {}) {
  const callbacks = { onChooseWatch: vi.fn<(enabled: boolean) => void>(), onRequestSiteAccess: vi.fn<() => void>(), onOpenSettings: vi.fn<() => void>() };
  render(<WelcomeApp lang="en" watchChoice={null} notifications="granted" siteAccess={null} {...callbacks} {...extra} />);
  return callbacks;
}

afterEach(cleanup);

describe("WelcomeApp", () => {
  it("asks once whether to watch, and says what was chosen", () => {
    const { onChooseWatch } = renderWelcome();
    expect(screen.getByRole("heading", { name: /check your dispute lists by itself/ })).toBeTruthy();
    expect(screen.getByText(/never calls the platform's APIs and never clicks anything/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Yes, check every 3 hours" }));
    expect(onChooseWatch).toHaveBeenCalledWith(true);
    cleanup();
    renderWelcome({ watchChoice: false });
    expect(screen.queryByRole("button", { name: /Yes/ })).toBeNull();
    expect(screen.getByRole("status").textContent).toMatch(/stay off/);
  });

  it("asks for site access where the browser withheld it, and warns of blocked notifications", () => {
    const { onRequestSiteAccess } = renderWelcome({ siteAccess: false, notifications: "denied" });
    fireEvent.click(screen.getByRole("button", { name: "Allow access to the seller center" }));
    expect(onRequestSiteAccess).toHaveBeenCalled();
    expect(screen.getByText(/Notifications are blocked/)).toBeTruthy();
  });

  it("speaks Chinese when chosen", () => {
    renderWelcome({ lang: "zh" });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("欢迎使用纠纷哨兵");
    expect(screen.getByRole("button", { name: "否，只看我打开的页面" })).toBeTruthy();
    expect(screen.queryByText(/Notifications are blocked/)).toBeNull();
  });
});
