// The watch's run under way, kept in storage.session: it outlives the service worker's many restarts and goes with
// the browser session, as the tab it names does. Checked when read back: storage is shared with every extension page.
import type { WatchRun } from "./plan-watch";
import type { WatchRunStore } from "./watch-runner";

const KEY = "watchRun";

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function isWatchRun(value: unknown): value is WatchRun {
  if (typeof value !== "object" || value === null) return false;
  const run = value as Partial<WatchRun>;
  return (
    (run.tabId === null || typeof run.tabId === "number") &&
    typeof run.channelId === "string" &&
    typeof run.startedAt === "string" &&
    Array.isArray(run.queue) &&
    run.queue.every((id) => typeof id === "string") &&
    (run.trigger === "schedule" || run.trigger === "manual")
  );
}

export function sessionWatchRunStore(area: SessionArea): WatchRunStore {
  return {
    async load() {
      const value = (await area.get(KEY))[KEY];
      return isWatchRun(value) ? value : null;
    },
    async save(run) {
      if (run === null) await area.remove(KEY);
      else await area.set({ [KEY]: run });
    },
  };
}
