import { formatMs } from './format';
import type { Domain } from './zoom';

export interface ToolbarProps {
  readonly title: string;
  readonly titleId: string;
  readonly note: string | null;
  readonly domain: Domain | null;
  readonly extent: Domain;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onReset: () => void;
}

/** Title, what is shown (zoomed range, large-run note) and the zoom buttons with their keys. */
export function GanttToolbar(p: ToolbarProps) {
  return (
    <div className="gantt-toolbar">
      <div className="gantt-toolbar__text">
        <span id={p.titleId} className="gantt-toolbar__title">
          {p.title}
        </span>
        {p.domain !== null && (
          <span className="gantt-toolbar__range">
            showing {formatMs(p.domain[0])} – {formatMs(p.domain[1])} of {formatMs(p.extent[1])}
          </span>
        )}
        {p.note !== null && (
          <span className="gantt-toolbar__note" role="note">
            {p.note}
          </span>
        )}
      </div>
      <div className="gantt-toolbar__buttons" role="group" aria-label="Zoom">
        <button type="button" onClick={p.onZoomIn} aria-keyshortcuts="+" title="Zoom in (+); or drag across the chart">
          Zoom in
        </button>
        <button type="button" onClick={p.onZoomOut} disabled={p.domain === null} aria-keyshortcuts="-" title="Zoom out (-)">
          Zoom out
        </button>
        <button type="button" onClick={p.onReset} disabled={p.domain === null} aria-keyshortcuts="0" title="Show the whole run (0)">
          Reset zoom
        </button>
      </div>
    </div>
  );
}
