// Which long main-thread tasks are the content script's own? Chromium's trace says, for each task of the page's
// main thread, what ran in it: our script (events carrying the extension's URL), or rendering (style, layout,
// paint) with no script of ours. Tracing slows the page down a little, so the durations it gives are upper bounds.
import type { LaunchedExtension } from "../../e2e/support/launch";
import { BENCH_LIST_URL } from "./make-dispute-list";

export interface TaskAttribution {
  /** Longest time the content script's code ran within one task (script evaluation, a read slice, a mount slice…). */
  ownScriptMs: number;
  /** The task in which our code ran longest, whole (rendering done in the same task included). */
  taskWithOwnScriptMs: number;
  /** Longest rendering task after the content script's first read (ours at most a fifth of it): the page's own, or
   *  the layout our drawn badges cause. */
  renderingAfterReadMs: number;
  /**
   * The same kind of task measured in the main thread's own CPU time (the trace's thread clock): what the task
   * costs, less what waiting for a core on a busy machine adds to its wall time.
   */
  renderingAfterReadCpuMs: number;
  /** What the longest rendering task spent its time on, largest first. */
  renderingParts: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Commit", "Layerize"]);

/** Loads the list once with tracing on and attributes its tasks. `extensionId` marks our script's events. */
export async function attributeTasks(
  context: LaunchedExtension["context"],
  extensionId: string,
  /** watchMs: how long to trace once the first overlay is on the page; renderingFromMs: rendering tasks counted from this long after our first read. */
  { watchMs = 1500, renderingFromMs = 0 } = {},
): Promise<TaskAttribution> {
  const page = await context.newPage();
  try {
    await page.goto("about:blank");
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    // The protocol types declare trace events as string maps; they are the objects described by TraceEvent.
    cdp.on("Tracing.dataCollected", (data) => void events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.start", { categories: "devtools.timeline,toplevel,blink.user_timing", transferMode: "ReportEvents" });
    await page.goto(BENCH_LIST_URL);
    await page.waitForFunction("document.querySelectorAll('[data-sentinel-dispute]').length > 0", undefined, { timeout: 20_000 });
    await page.waitForTimeout(watchMs);
    await cdp.send("Tracing.end");
    await complete;
    return attribute(events, extensionId, renderingFromMs);
  } finally {
    await page.close();
  }
}

function attribute(events: readonly TraceEvent[], extensionId: string, renderingFromMs: number): TaskAttribution {
  const result: TaskAttribution = { ownScriptMs: 0, taskWithOwnScriptMs: 0, renderingAfterReadMs: 0, renderingAfterReadCpuMs: 0, renderingParts: "" };
  // The page's main thread: where its HTML was parsed.
  const parse = events.find((e) => e.name === "ParseHTML");
  if (!parse) return result;
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
  const readMark = events.find((e) => e.pid === parse.pid && e.name === "dispute-sentinel:read");
  const tasks = thread.filter((e) => e.name === "ThreadControllerImpl::RunTask" && e.dur !== undefined);
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (cursor < thread.length && (thread[cursor]?.ts ?? 0) < task.ts) cursor++;
    const inside: TraceEvent[] = [];
    for (let i = cursor; i < thread.length && (thread[i]?.ts ?? 0) < end; i++) {
      const event = thread[i] as TraceEvent;
      if (event !== task && event.ts + (event.dur ?? 0) <= end) inside.push(event);
    }
    // Our code's time: events carrying our URL, not counting one nested in another.
    let ownUs = 0;
    let ownUntil = 0;
    for (const event of inside) {
      if (event.args?.data?.url?.includes(extensionId) !== true || event.ts < ownUntil) continue;
      ownUs += event.dur ?? 0;
      ownUntil = event.ts + (event.dur ?? 0);
    }
    const durationMs = (task.dur ?? 0) / 1000;
    if (ownUs > 0 && ownUs / 1000 > result.ownScriptMs) result.taskWithOwnScriptMs = durationMs;
    result.ownScriptMs = Math.max(result.ownScriptMs, ownUs / 1000);
    // A frame whose only code of ours is an observer's callback of a fraction of a millisecond is rendering.
    if (ownUs > 0 && ownUs >= 0.2 * (task.dur ?? 0)) {
      if (process.env.BENCH_VERBOSE && durationMs > 30) {
        const names = inside.filter((e) => e.args?.data?.url?.includes(extensionId) === true).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
        console.log(`    task at ${((task.ts - parse.ts) / 1000).toFixed(0)} ms after parsing began: ${durationMs.toFixed(1)} ms, ours ${(ownUs / 1000).toFixed(1)} ms (${names.slice(0, 4).join("; ")})`);
      }
      continue;
    }
    if (readMark === undefined || task.ts < readMark.ts + renderingFromMs * 1000) continue;
    const parts = new Map<string, number>();
    for (const event of inside) if (RENDERING.has(event.name)) parts.set(event.name, (parts.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    if (parts.size === 0) continue;
    result.renderingAfterReadCpuMs = Math.max(result.renderingAfterReadCpuMs, (task.tdur ?? task.dur ?? 0) / 1000);
    if (durationMs <= result.renderingAfterReadMs) continue;
    result.renderingAfterReadMs = durationMs;
    result.renderingParts = [...parts].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(", ");
  }
  return result;
}
