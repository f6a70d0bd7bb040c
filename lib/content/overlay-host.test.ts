// @vitest-environment jsdom
import { keepValidHosts, mountMissingHost, removeAllOverlayHosts, revealHost, type WantedOverlay } from "./overlay-host";

/** Both halves in one go, as the content script runs them (sliced there). */
function syncOverlayHosts(doc: Document, wanted: WantedOverlay[]) {
  const result = keepValidHosts(doc, wanted);
  for (const want of wanted) mountMissingHost(doc, want, result);
  return result;
}

function rows(ids: string[]): Map<string, Element> {
  document.body.replaceChildren();
  const table = document.createElement("table");
  const cells = new Map<string, Element>();
  for (const id of ids) {
    const tr = table.insertRow();
    const td = tr.insertCell();
    td.textContent = id;
    cells.set(id, td);
  }
  document.body.appendChild(table);
  return cells;
}

describe("syncOverlayHosts", () => {
  it("mounts one host per dispute with the DESIGN.md markers", () => {
    const cells = rows(["1", "2"]);
    syncOverlayHosts(document, [
      { disputeId: "1", container: cells.get("1")!, deadline: { at: "2026-11-24T00:44:00.000Z", source: "page" } },
      { disputeId: "2", container: cells.get("2")!, deadline: null },
    ]);
    const hosts = document.querySelectorAll("[data-sentinel-dispute]");
    expect(hosts).toHaveLength(2);
    expect(hosts[0]!.getAttribute("data-sentinel-deadline")).toBe("2026-11-24T00:44:00.000Z");
    expect(hosts[0]!.getAttribute("data-sentinel-deadline-source")).toBe("page");
    expect(hosts[1]!.hasAttribute("data-sentinel-deadline")).toBe(false);
  });

  it("stays at one host per dispute however often it runs, and follows re-rendered rows", () => {
    let cells = rows(["1", "2"]);
    for (let i = 0; i < 3; i++) {
      syncOverlayHosts(document, [...cells].map(([id, container]) => ({ disputeId: id, container, deadline: null })));
    }
    expect(document.querySelectorAll("[data-sentinel-dispute='1']")).toHaveLength(1);
    // The page re-renders its rows: old hosts go with the old rows; a stale host moved elsewhere is removed.
    const stale = document.querySelector("[data-sentinel-dispute='2']")!;
    cells = rows(["1", "2"]);
    document.body.appendChild(stale);
    const result = syncOverlayHosts(document, [...cells].map(([id, container]) => ({ disputeId: id, container, deadline: null })));
    expect(result.removed).toBe(1);
    expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(2);
    expect(cells.get("2")!.querySelector("[data-sentinel-dispute='2']")).not.toBeNull();
  });

  it("removes hosts of disputes no longer on the page", () => {
    const cells = rows(["1", "2"]);
    syncOverlayHosts(document, [...cells].map(([id, container]) => ({ disputeId: id, container, deadline: null })));
    syncOverlayHosts(document, [{ disputeId: "1", container: cells.get("1")!, deadline: null }]);
    expect(document.querySelectorAll("[data-sentinel-dispute]")).toHaveLength(1);
    expect(removeAllOverlayHosts(document)).toBe(1);
  });
});

describe("host layout", () => {
  it("keeps a mounted host out of layout until revealed, and never lets it widen its column", () => {
    const cells = rows(["1"]);
    const want = { disputeId: "1", container: cells.get("1")!, deadline: null };
    const entry = mountMissingHost(document, want, keepValidHosts(document, [want]));
    expect(entry.host.style.display).toBe("none");
    revealHost(entry.host);
    expect(entry.host.style.display).toBe("block");
    expect(entry.host.style.getPropertyValue("contain")).toBe("inline-size");
  });
});
