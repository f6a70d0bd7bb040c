// CSS of the overlay badge, injected by the content script into the overlay's shadow root
// (the page's styles cannot reach in, ours cannot leak out). Inline and in flow: nothing is
// positioned over the page's controls. Colours match the toolbar badge: red ≤ 6 h or overdue, amber ≤ 24 h.
export const overlayStyles = `
/* As wide as the page's column, never wider (container-type implies inline-size containment: drawing a badge never
   widens the column, which would re-lay out every row of a long table). */
:host { all: initial; display: block; container-type: inline-size; max-width: 100%; }
.sentinel-badge {
  display: inline-block; box-sizing: border-box; max-width: 100%; margin: 2px 0; padding: 2px 6px;
  border: 1px solid #c9ced6; border-left-width: 4px; border-radius: 4px; background: #fff; color: #1f2329;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  overflow-wrap: break-word;
}
.sentinel-badge.urgency-overdue, .sentinel-badge.urgency-red { border-color: #d92d20; }
.sentinel-badge.urgency-amber { border-color: #dc8a00; }
.sentinel-badge.urgency-grey { border-left-color: #98a2b3; }
.sentinel-summary { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.countdown { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; white-space: nowrap; }
.countdown.urgency-red .countdown-time, .countdown.urgency-overdue .countdown-time { color: #b42318; }
.countdown.urgency-amber .countdown-time { color: #a15c00; }
.countdown.urgency-grey .countdown-time { color: #475467; }
.countdown-overdue .countdown-time { background: #fee4e2; border-radius: 3px; padding: 0 3px; }
.has-tooltip { display: inline; }
.tooltip-label { cursor: help; border-bottom: 1px dotted currentColor; }
.tooltip-label:focus { outline: 2px solid #2e90fa; outline-offset: 1px; }
.estimate-mark { font-weight: 500; font-size: 11px; color: #6941c6; background: #f4f3ff; border-radius: 3px; padding: 0 3px; border-bottom: none; }
.deadline-unknown-label { color: #475467; font-weight: 600; }
/* In flow, shown on hover or focus: pushes the page down a line rather than covering it. The countdown and the
   tooltip wrapper dissolve (display: contents) so the tooltip is a line of the badge's own summary; width 0 +
   min-width 100% gives it the badge's width without widening the badge, which would re-wrap it under the pointer. */
.sentinel-summary > .countdown, .sentinel-summary .has-tooltip { display: contents; }
.sentinel-summary .tooltip { order: 99; flex-basis: 100%; width: 0; min-width: 100%; }
.tooltip { box-sizing: border-box; display: none; font-weight: 400; white-space: normal; color: #344054; background: #f9fafb; border: 1px solid #e4e7ec; border-radius: 3px; padding: 2px 4px; margin-top: 2px; }
.has-tooltip:hover .tooltip, .tooltip-label:focus + .tooltip { display: block; }
.sentinel-status { color: #344054; }
.sentinel-toggle { white-space: nowrap; font: inherit; color: #175cd3; background: none; border: 1px solid #d0d5dd; border-radius: 3px; padding: 0 4px; cursor: pointer; }
.sentinel-toggle:focus-visible { outline: 2px solid #2e90fa; }
.sentinel-progress { color: #667085; }
.sentinel-checklist { list-style: none; margin: 4px 0 0; padding: 0; max-width: 32em; }
.sentinel-checklist li { margin: 2px 0; }
.sentinel-checklist label { display: flex; gap: 6px; align-items: flex-start; cursor: pointer; }
.sentinel-checklist input { margin: 2px 0 0; }
.sentinel-replies { margin-top: 4px; max-width: 40em; }
.sentinel-replies-language select { font: inherit; margin-left: 4px; }
.sentinel-replies ul { list-style: none; margin: 4px 0 0; padding: 0; }
.sentinel-reply { border-top: 1px solid #eaecf0; padding: 4px 0; }
.sentinel-reply-title { font-weight: 600; }
.sentinel-reply-text { white-space: pre-wrap; margin: 2px 0 4px; max-height: 12em; overflow: auto; user-select: text; color: #344054; }
.sentinel-reply-copy { font: inherit; color: #175cd3; background: none; border: 1px solid #d0d5dd; border-radius: 3px; padding: 0 6px; cursor: pointer; }
.sentinel-reply-copy:focus-visible, .sentinel-replies select:focus-visible { outline: 2px solid #2e90fa; }
.sentinel-reply-origin { font-weight: 400; color: #6941c6; }
.sentinel-reply-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.sentinel-reply-insert, .sentinel-evidence-copy { font: inherit; color: #fff; background: #175cd3; border: 1px solid #175cd3; border-radius: 3px; padding: 0 6px; cursor: pointer; }
.sentinel-reply-insert:focus-visible, .sentinel-evidence-copy:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
.sentinel-reply-feedback, .sentinel-evidence-feedback { color: #067647; }
.sentinel-reply-feedback.feedback-copied, .sentinel-reply-feedback.feedback-failed { color: #a15c00; }
/* What the extension knows, under its item: the seller sees it is there without looking it up. */
.checklist-facts { display: block; color: #475467; }
.checklist-fact { display: inline-block; margin-right: 8px; font-variant-numeric: tabular-nums; user-select: text; }
.checklist-filled > label { cursor: default; }
.sentinel-evidence-summary { margin-top: 4px; max-width: 40em; }
.sentinel-evidence-details summary { cursor: pointer; color: #175cd3; margin-top: 2px; }
.sentinel-evidence-hint { margin: 2px 0; color: #667085; }
.sentinel-evidence-text { white-space: pre-wrap; font: inherit; margin: 2px 0; max-height: 14em; overflow: auto; user-select: text; background: #f9fafb; border: 1px solid #eaecf0; border-radius: 3px; padding: 2px 4px; }
/* A narrow column (an actions column of one link): the countdown and the checklist, wrapped; the page's own status
   column already says the status. */
@container (max-width: 11em) {
  .sentinel-badge { padding: 2px 3px; font-size: 11px; }
  /* Balanced lines keep a number with its unit: "2 d / 23 h", not "2 d 23 / h". */
  .countdown, .sentinel-toggle { white-space: normal; }
  .countdown-time { text-wrap: balance; }
  .sentinel-summary { gap: 2px 4px; }
  .sentinel-status { display: none; }
  /* The button keeps its words for screen readers and shows a box and the progress. */
  .sentinel-toggle-label { display: inline-block; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .sentinel-toggle::before { content: "☑ "; }
  /* Replies need room to be read: on the dispute's own page, or in a wider column. */
  .sentinel-replies-toggle { display: none; }
}
`;
