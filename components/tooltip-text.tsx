// A short label whose longer explanation shows on hover AND keyboard focus: the label is
// focusable, carries a `title`, and points at a role="tooltip" element by aria-describedby.
import { useId } from "preact/hooks";

export interface TooltipTextProps {
  label: string;
  tip: string;
  /** Extra class on the label, e.g. "estimate-mark". */
  class?: string;
}

export function TooltipText({ label, tip, class: labelClass }: TooltipTextProps) {
  const tooltipId = useId();
  return (
    <span class="has-tooltip">
      <span class={`tooltip-label${labelClass ? ` ${labelClass}` : ""}`} tabIndex={0} title={tip} aria-describedby={tooltipId}>
        {label}
      </span>
      <span class="tooltip" role="tooltip" id={tooltipId}>
        {tip}
      </span>
    </span>
  );
}
