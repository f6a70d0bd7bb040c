// The overlay draw plans of lib/content/overlay-draw-plan.ts side by side (issue 14): the extension built once per
// plan, each loaded in Chromium in turn, round after round, so a busy moment of this shared machine does not fall
// on one plan only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OVERLAY_DRAW_PLANS, PRODUCT_STRATEGY, type OverlayDrawStrategy } from "../../lib/content/overlay-draw-plan";
import { buildExtensionInto } from "./build-extension";
import { benchOverlayStrategy, type PageLoadFigures } from "./chromium";
import type { TaskAttribution } from "./task-attribution";

export interface StrategyResult {
  strategy: OverlayDrawStrategy;
  isProduct: boolean;
  loads: PageLoadFigures[];
  traced: TaskAttribution[];
  tick: TaskAttribution | null;
}

export async function benchOverlayStrategies(html: string, rounds = 3): Promise<StrategyResult[]> {
  const outBase = mkdtempSync(join(tmpdir(), "sentinel-strategies-"));
  try {
    const strategies = Object.keys(OVERLAY_DRAW_PLANS) as OverlayDrawStrategy[];
    const results: StrategyResult[] = [];
    const dirs = new Map<OverlayDrawStrategy, string>();
    for (const strategy of strategies) {
      dirs.set(strategy, await buildExtensionInto(join(outBase, strategy), {}, { WXT_OVERLAY_STRATEGY: strategy }));
      results.push({ strategy, isProduct: strategy === PRODUCT_STRATEGY, loads: [], traced: [], tick: null });
    }
    for (let round = 0; round < rounds; round++) {
      for (const result of results) {
        const figures = await benchOverlayStrategy(dirs.get(result.strategy) ?? "", html, { watchTick: round === 0 });
        result.loads.push(...figures.loads);
        result.traced.push(...figures.traced);
        result.tick ??= figures.tick;
      }
    }
    return results;
  } finally {
    rmSync(outBase, { recursive: true, force: true });
  }
}
