// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { DEFAULT_SETTINGS, type Settings } from "../lib/model";
import { OptionsApp, type OptionsAppProps } from "./options-app";

const rules: OptionsAppProps["rules"] = [
  { id: "R-RESPOND", defaultHours: 120 },
  { id: "R-RECEIPT", defaultHours: null },
];

function renderOptions(overrides: Partial<OptionsAppProps> = {}) {
  const onSave = vi.fn<(settings: Settings) => Promise<void>>(() => Promise.resolve());
  const onExport = vi.fn<() => void>();
  const onImport = vi.fn<(file: File) => void>();
  const onExportSpreadsheet = vi.fn<() => void>();
  const onClearAll = vi.fn<() => Promise<void>>(() => Promise.resolve());
  const props: OptionsAppProps = {
    settings: DEFAULT_SETTINGS,
    rules,
    rulebookVersion: "2026.11-1",
    lang: "en",
    onSave,
    onExport,
    onImport,
    onExportSpreadsheet,
    onClearAll,
    dataSummary: null,
    ...overrides,
  };
  return { ...render(<OptionsApp {...props} />), onSave, onExport, onImport, onExportSpreadsheet, onClearAll };
}

afterEach(cleanup);

describe("OptionsApp", () => {
  it("shows the current settings, rulebook defaults and version", () => {
    renderOptions();
    expect(screen.getByDisplayValue("America/Los_Angeles")).toBeTruthy();
    expect(screen.getByDisplayValue("72, 24, 6, 1")).toBeTruthy();
    expect(screen.getByText("rulebook: 120 h")).toBeTruthy();
    expect(screen.getByText("rulebook: not published (read from the page)")).toBeTruthy();
    expect(screen.getByText(/Rulebook version 2026\.11-1/)).toBeTruthy();
  });

  it("saves the edited settings and says Saved", async () => {
    const { onSave } = renderOptions();
    fireEvent.input(screen.getByDisplayValue("72, 24, 6, 1"), { target: { value: "48, 12" } });
    fireEvent.input(screen.getByLabelText("Respond to the dispute (R-RESPOND)"), { target: { value: "96" } });
    const [, orderSwitch] = screen.getAllByLabelText<HTMLInputElement>("On");
    if (orderSwitch === undefined) throw new Error("order reminders switch not rendered");
    fireEvent.click(orderSwitch);
    expect(orderSwitch.checked).toBe(false);
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "zh" } });
    fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(screen.getByText("Saved")).toBeTruthy());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: "zh",
      disputeThresholdsHours: [48, 12],
      orderThresholdsHours: [],
      ruleHours: { "R-RESPOND": 96 },
    });
  });

  it("shows errors beside the fields and does not save", () => {
    const { onSave } = renderOptions();
    const zone = screen.getByDisplayValue("America/Los_Angeles");
    fireEvent.input(zone, { target: { value: "Pacific Time" } });
    fireEvent.input(screen.getByDisplayValue("24, 6, 1"), { target: { value: "24, soon" } });
    fireEvent.click(screen.getByText("Save"));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("“Pacific Time” is not a time zone name such as America/Los_Angeles.")).toBeTruthy();
    expect(screen.getByText("“soon” is not a number of hours between 0 and 720.")).toBeTruthy();
    expect(zone.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(zone.getAttribute("aria-describedby") ?? "")?.textContent).toContain("Pacific Time");
    expect(screen.getByText("Please fix the marked fields.")).toBeTruthy();
  });

  it("says when saving failed", async () => {
    renderOptions({ onSave: () => Promise.reject(new Error("database closed")) });
    fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(screen.getByText("Could not save: database closed")).toBeTruthy());
  });

  it("hands export and import to callbacks and shows their result", () => {
    const { onExport, onImport } = renderOptions({ backupMessage: { kind: "error", text: "Refused: newer version" } });
    fireEvent.click(screen.getByText("Export backup"));
    expect(onExport).toHaveBeenCalledTimes(1);
    const file = new File(["{}"], "backup.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
    expect(screen.getByText("Refused: newer version")).toBeTruthy();
  });

  it("speaks Chinese", () => {
    renderOptions({ lang: "zh" });
    expect(screen.getByText("纠纷哨兵设置")).toBeTruthy();
    expect(screen.getByText("保存")).toBeTruthy();
    expect(screen.getByText("规则库：120 小时")).toBeTruthy();
  });
});

describe("OptionsApp: the watch", () => {
  it("turns the watch on with its interval, and says what it does and does not do", async () => {
    const { onSave } = renderOptions();
    expect(screen.getByText(/never calls the platform's APIs and never clicks anything/)).toBeTruthy();
    const interval = screen.getByLabelText(/Every \(hours, 1–12\)/) as HTMLInputElement;
    expect(interval.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText("Check my dispute lists automatically"));
    fireEvent.input(interval, { target: { value: "4" } });
    fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ watchEnabled: true, watchEveryHours: 4 });
  });
});

describe("OptionsApp: store names and about", () => {
  it("names each known store, a blank name removing it", async () => {
    const { onSave } = renderOptions({ knownStores: ["2901001", "2901002"], settings: { ...DEFAULT_SETTINGS, storeNames: { "2901002": "Old name" } } });
    fireEvent.input(screen.getByLabelText("Name of store 2901001"), { target: { value: "  星河数码专营店 " } });
    fireEvent.input(screen.getByLabelText("Name of store 2901002"), { target: { value: " " } });
    fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].storeNames).toEqual({ "2901001": "星河数码专营店" });
  });
  it("says what stays private and what the extension cannot see", () => {
    renderOptions({ version: "0.1.0" });
    expect(screen.getByText(/Dispute Sentinel 0\.1\.0 · rulebook 2026\.11-1/)).toBeTruthy();
    expect(screen.getByText(/everything stays in this browser/)).toBeTruthy();
    expect(screen.getByText(/What it cannot see/)).toBeTruthy();
    expect(screen.getByText(/No store seen yet/)).toBeTruthy();
  });
});
