import { useLang, useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { formatMs, formatSpan, stateName } from './format';
import type { GanttItem } from './layoutTypes';
import { Swatch } from './Swatch';
import { ganttWords } from './words';

export interface TooltipPlacement {
  /** Horizontal centre in the chart frame, px. */
  readonly x: number;
  /** The row's top and bottom in the frame, px: the tooltip goes below the row, or above near the bottom. */
  readonly top: number;
  readonly bottom: number;
  readonly above: boolean;
  /** Frame width, to keep the tooltip inside it. */
  readonly frameWidth: number;
}

const HALF = 115;

/** The hover / focus card: who, state (with its swatch), from → to, how long, where. */
export function GanttTooltip({ id, item, at }: { id: string; item: GanttItem; at: TooltipPlacement }) {
  const [from, to] = formatSpan(item.start, item.end);
  const lang = useLang();
  const t = useT(ganttMessages);
  const words = ganttWords(lang);
  const share = words.share(item);
  const where = words.where(item);
  const left = Math.min(Math.max(at.x, HALF + 4), Math.max(HALF + 4, at.frameWidth - HALF - 4));
  const style = at.above ? { left, bottom: `calc(100% - ${at.top - 6}px)` } : { left, top: at.bottom + 6 };
  return (
    <div id={id} role="tooltip" className="gantt-tooltip" style={style}>
      <div className="gantt-tooltip__who">{words.who(item)}</div>
      <div className="gantt-tooltip__state">
        <Swatch kind={item.state} />
        {stateName(item.state, lang)}
        {share !== null && <span className="gantt-tooltip__detail"> · {share}</span>}
      </div>
      <div className="gantt-tooltip__time">
        {from} → {to}
      </div>
      <div className="gantt-tooltip__dur">
        {formatMs(item.end - item.start)}
        {where !== null && <span> · {t('on', { where })}</span>}
      </div>
    </div>
  );
}
