// How overlays reach a long list without a long frame (issue 14). Whatever makes a row taller re-lays out the
// page's whole table and repaints every row below it: on the 500-row bench list that frame costs ≈ 45 ms of the
// main thread's time however few rows changed, and each drawn badge adds to it. `npm run bench` builds the
// extension once per plan (WXT_OVERLAY_STRATEGY=<name>) and reports the longest task of each; the product ships
// PRODUCT_STRATEGY.

export interface OverlayDrawPlan {
  /** How far beyond the viewport a row counts as near (its overlay is drawn). */
  rootMargin: string;
  /** Overlays drawn per frame; the rest wait for the following frames, top rows first. */
  perBatch: number;
}

export const OVERLAY_DRAW_PLANS = {
  /** Every row near the viewport drawn in one task (the behaviour before issue 14): ≈ 55 badges in one frame. */
  "at-once": { rootMargin: "200px 0px", perBatch: Number.POSITIVE_INFINITY },
  /** Eight rows per frame: the frame costs little more than the table's own re-layout (3 or 16 per frame cost more). */
  batched: { rootMargin: "200px 0px", perBatch: 8 },
} as const satisfies Record<string, OverlayDrawPlan>;

export type OverlayDrawStrategy = keyof typeof OVERLAY_DRAW_PLANS;

/** The plan the extension ships with: the one `npm run bench` found to keep the longest task shortest. */
export const PRODUCT_STRATEGY: OverlayDrawStrategy = "batched";

export function isOverlayDrawStrategy(name: string | undefined): name is OverlayDrawStrategy {
  return name !== undefined && Object.hasOwn(OVERLAY_DRAW_PLANS, name);
}

/** The plan named at build time (the bench), else the product's. */
export function overlayDrawPlan(requested: string | undefined): OverlayDrawPlan {
  return OVERLAY_DRAW_PLANS[isOverlayDrawStrategy(requested) ? requested : PRODUCT_STRATEGY];
}
