import { useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { formatRange } from './format';
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

const range = ([from, to, total]: [string, string, string]) => ({ from, to, total });

/** Title, what is shown (zoomed range, large-run note) and the zoom buttons with their keys. */
export function GanttToolbar(p: ToolbarProps) {
  const t = useT(ganttMessages);
  return (
    <div className="gantt-toolbar">
      <div className="gantt-toolbar__text">
        <span id={p.titleId} className="gantt-toolbar__title">
          {p.title}
        </span>
        {p.domain !== null && (
          <span className="gantt-toolbar__range">
            {t('showing', range(formatRange(p.domain[0], p.domain[1], p.extent[1])))}
          </span>
        )}
        {p.note !== null && (
          <span className="gantt-toolbar__note" role="note">
            {p.note}
          </span>
        )}
      </div>
      <div className="gantt-toolbar__buttons" role="group" aria-label={t('zoom')}>
        <button type="button" onClick={p.onZoomIn} aria-keyshortcuts="+" title={t('zoomInTitle')}>
          {t('zoomIn')}
        </button>
        <button
          type="button"
          onClick={p.onZoomOut}
          disabled={p.domain === null}
          aria-keyshortcuts="-"
          title={t('zoomOutTitle')}
        >
          {t('zoomOut')}
        </button>
        <button
          type="button"
          onClick={p.onReset}
          disabled={p.domain === null}
          aria-keyshortcuts="0"
          title={t('resetZoomTitle')}
        >
          {t('resetZoom')}
        </button>
      </div>
    </div>
  );
}
