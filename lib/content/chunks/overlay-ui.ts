// Chunk: what drawing overlays takes (Preact, the badge, its texts in both languages, the rules behind the
// provisional overlays). Loaded once a page has disputes to draw; pages without any never load it.
export { clearOverlay, drawOverlay, type OverlayActions } from "../draw-overlay";
export { provisionalOverlays } from "../provisional-overlays";
