// Opens a seller-center page, or focuses the tab that already shows it (no duplicate tabs for the same dispute).

/** The part of `browser.tabs` used here; the real API and a test double both fit it. */
export interface TabsApi {
  query(query: { url: string }): Promise<Array<{ id?: number; url?: string }>>;
  update(tabId: number, props: { active: boolean }): Promise<unknown>;
  create(props: { url: string }): Promise<unknown>;
}

export async function openOrFocusTab(tabs: TabsApi, url: string): Promise<void> {
  const target = new URL(url);
  // Host permissions let us see seller-center tabs' URLs; no "tabs" permission needed.
  const open = await tabs.query({ url: `${target.origin}/*` });
  const same = open.find((tab) => {
    if (!tab.url) return false;
    const candidate = new URL(tab.url);
    return candidate.pathname === target.pathname && candidate.search === target.search;
  });
  if (same?.id !== undefined) await tabs.update(same.id, { active: true });
  else await tabs.create({ url });
}
