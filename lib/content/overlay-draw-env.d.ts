// The overlay draw plan a build was asked for (lib/content/overlay-draw-plan.ts): set only by the bench.
interface ImportMetaEnv {
  readonly WXT_OVERLAY_STRATEGY?: string;
}
