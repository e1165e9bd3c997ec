import { GANTT_LABEL_WIDTH } from './constants';
import { GanttTooltip, type TooltipPlacement } from './GanttTooltip';
import type { GanttItem } from './layoutTypes';

/**
 * What sits over the chart's frame, outside its SVG (so exports never carry it): the brush being dragged, the
 * hover / focus tooltip, the keyboard help and the live region that says the focused item.
 */
export function GanttFrameLayers(p: {
  readonly brush: { readonly x0: number; readonly x1: number } | null;
  readonly height: number;
  readonly tip: { readonly id: string; readonly item: GanttItem; readonly at: TooltipPlacement } | null;
  readonly helpId: string;
  readonly help: string;
  /** What the live region says: the focused item, or nothing. */
  readonly focused: string;
}) {
  const { brush, tip } = p;
  return (
    <>
      {brush !== null && (
        <div
          className="gantt-brush"
          style={{
            left: GANTT_LABEL_WIDTH + Math.min(brush.x0, brush.x1),
            width: Math.abs(brush.x1 - brush.x0),
            height: p.height,
          }}
        />
      )}
      {tip !== null && <GanttTooltip id={tip.id} item={tip.item} at={tip.at} />}
      <p id={p.helpId} className="gantt-sr">
        {p.help}
      </p>
      <div className="gantt-sr" aria-live="polite">
        {p.focused}
      </div>
    </>
  );
}
