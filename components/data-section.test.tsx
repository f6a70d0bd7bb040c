// @vitest-environment jsdom
// The data section: each button hands its job to its callback; "clear all" first says what will be lost and
// does nothing until the seller confirms.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { DataSection, type DataSectionProps } from "./data-section";

const SUMMARY = { disputes: 12, openDisputes: 3, orders: 5, events: 40, notes: 2, ticks: 7, replyTemplates: 4 };

function renderSection(overrides: Partial<DataSectionProps> = {}) {
  const props: DataSectionProps = {
    lang: "en",
    summary: SUMMARY,
    message: null,
    onExportBackup: vi.fn<() => void>(),
    onExportSpreadsheet: vi.fn<() => void>(),
    onImport: vi.fn<(file: File) => void>(),
    onClearAll: vi.fn<() => Promise<void>>(() => Promise.resolve()),
    ...overrides,
  };
  render(<DataSection {...props} />);
  return props;
}

afterEach(cleanup);

describe("DataSection", () => {
  it("says what is stored and hands exports and imports to their callbacks", () => {
    const props = renderSection();
    expect(screen.getByTestId("data-summary").textContent).toBe("Stored in this browser only: 12 disputes (3 open), 5 orders, 40 timeline events, 4 reply templates of yours.");
    fireEvent.click(screen.getByText("Export backup"));
    fireEvent.click(screen.getByText("Export spreadsheet (CSV)"));
    const file = new File(["{}"], "backup.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
    expect(props.onExportBackup).toHaveBeenCalledTimes(1);
    expect(props.onExportSpreadsheet).toHaveBeenCalledTimes(1);
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it("clearing asks first, saying what will be lost; Cancel deletes nothing", () => {
    const props = renderSection();
    fireEvent.click(screen.getByText("Clear all data…"));
    const confirm = screen.getByTestId("confirm-clear");
    expect(confirm.textContent).toContain("Delete everything Dispute Sentinel knows in this browser?");
    expect(confirm.textContent).toContain(
      "12 disputes (3 still open), 5 orders, 40 timeline events, 2 notes, 7 checklist ticks and 4 reply templates you wrote or changed, and resets your settings",
    );
    // The safe button has the focus.
    expect(document.activeElement?.textContent).toBe("Cancel");
    fireEvent.click(screen.getByText("Cancel"));
    expect(props.onClearAll).not.toHaveBeenCalled();
    expect(screen.queryByTestId("confirm-clear")).toBeNull();
  });

  it("clears once confirmed", async () => {
    const props = renderSection();
    fireEvent.click(screen.getByText("Clear all data…"));
    fireEvent.click(screen.getByText("Delete everything"));
    await waitFor(() => expect(screen.queryByTestId("confirm-clear")).toBeNull());
    expect(props.onClearAll).toHaveBeenCalledTimes(1);
  });

  it("shows a refusal as an alert, and speaks Chinese", () => {
    renderSection({ lang: "zh", message: { kind: "error", text: "这不是纠纷哨兵的备份文件。未做任何更改。" } });
    expect(screen.getByRole("alert").textContent).toBe("这不是纠纷哨兵的备份文件。未做任何更改。");
    expect(screen.getByText("导出表格（CSV）")).toBeTruthy();
    fireEvent.click(screen.getByText("清除全部数据…"));
    expect(screen.getByTestId("confirm-clear").textContent).toContain("将删除 12 个纠纷（其中 3 个仍在进行中）");
    expect(screen.getByTestId("confirm-clear").textContent).toContain("和 4 个您编写或修改的回复模板");
  });
});
