// Overlay hosts: one element per dispute carrying the DESIGN.md markers, each with its own shadow root so the
// page's styles and ours stay apart. Idempotent: re-syncing any number of times leaves one host per dispute.

export const HOST_ATTRIBUTE = "data-sentinel-host";
export const DISPUTE_ATTRIBUTE = "data-sentinel-dispute";
export const DEADLINE_ATTRIBUTE = "data-sentinel-deadline";
export const DEADLINE_SOURCE_ATTRIBUTE = "data-sentinel-deadline-source";

export interface WantedOverlay {
  disputeId: string;
  /** The element the host goes into (appended as its last child), e.g. the row's cell or the detail block. */
  container: Element;
  deadline: { at: string; source: "page" | "rule" } | null;
}

/** Is this node one of our overlay hosts? */
export function isOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);
}

/** Hosts this code took off the page itself; any other removal of a host is the page's doing. */
const removedByUs = new WeakSet<Node>();

function removeHost(host: Element): void {
  removedByUs.add(host);
  host.remove();
}

/**
 * Puts back hosts the page removed while rewriting the element that holds them (a countdown cell set by
 * `textContent` every second): the same host, markers and drawing, without reading the page again. A host whose
 * container left the page stays gone: that row was re-rendered, and the read that follows places it anew.
 */
export function restoreHostsThePageRemoved(record: MutationRecord): void {
  const container = record.target;
  if (record.type !== "childList" || !container.isConnected) return;
  record.removedNodes.forEach((node) => {
    if (!isOverlayHost(node) || removedByUs.has(node) || node.isConnected) return;
    container.appendChild(node);
  });
}

export function isOverlayNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(`[${HOST_ATTRIBUTE}]`) !== null;
}

function setMarkers(host: Element, wanted: WantedOverlay): void {
  host.setAttribute(DISPUTE_ATTRIBUTE, wanted.disputeId);
  if (wanted.deadline) {
    host.setAttribute(DEADLINE_ATTRIBUTE, wanted.deadline.at);
    host.setAttribute(DEADLINE_SOURCE_ATTRIBUTE, wanted.deadline.source);
  } else {
    host.removeAttribute(DEADLINE_ATTRIBUTE);
    host.removeAttribute(DEADLINE_SOURCE_ATTRIBUTE);
  }
}

export interface SyncResult {
  mounted: number;
  kept: number;
  removed: number;
  hosts: Map<string, { host: HTMLElement; shadow: ShadowRoot }>;
}

/**
 * First half of a sync: removes stale hosts (row gone, dispute gone, duplicates left by a re-render) and
 * returns the ones already in the right container, marked afresh. Moves nothing.
 */
export function keepValidHosts(doc: Document, wanted: readonly WantedOverlay[]): SyncResult {
  const result: SyncResult = { mounted: 0, kept: 0, removed: 0, hosts: new Map() };
  const wantedById = new Map(wanted.map((w) => [w.disputeId, w]));
  const existing = Array.from(doc.querySelectorAll<HTMLElement>(`[${HOST_ATTRIBUTE}]`));
  for (const host of existing) {
    const id = host.getAttribute(DISPUTE_ATTRIBUTE) ?? "";
    const want = wantedById.get(id);
    const shadow = host.shadowRoot;
    if (!want || host.parentElement !== want.container || result.hosts.has(id) || shadow === null) {
      removeHost(host);
      result.removed++;
      continue;
    }
    setMarkers(host, want);
    result.hosts.set(id, { host, shadow });
    result.kept++;
  }
  return result;
}

/** Second half: mounts the host of one wanted overlay that `keepValidHosts` did not keep. */
export function mountMissingHost(doc: Document, want: WantedOverlay, result: SyncResult): { host: HTMLElement; shadow: ShadowRoot } {
  const kept = result.hosts.get(want.disputeId);
  if (kept) return kept;
  const host = doc.createElement("span");
  host.setAttribute(HOST_ATTRIBUTE, "");
  // Out of layout until drawn (revealHost): 500 hosts mounted at once add no layout work to a long table.
  host.style.display = "none";
  // In the flow of the row, so it never lies on top of the page's own buttons. `contain: inline-size` makes the
  // host as wide as the page's column instead of widening it: a badge drawn into a 500-row table then re-lays out
  // its own row, not every column of every row (≈ 10 ms instead of ≈ 100 ms in Chromium).
  host.style.setProperty("contain", "inline-size");
  setMarkers(host, want);
  const shadow = host.attachShadow({ mode: "open" });
  want.container.appendChild(host);
  const entry = { host, shadow };
  result.hosts.set(want.disputeId, entry);
  result.mounted++;
  return entry;
}

/** Puts a host into the page's layout, just before its overlay is drawn. */
export function revealHost(host: HTMLElement): void {
  host.style.display = "block";
}

export function removeAllOverlayHosts(doc: Document): number {
  const hosts = doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`);
  hosts.forEach(removeHost);
  return hosts.length;
}
