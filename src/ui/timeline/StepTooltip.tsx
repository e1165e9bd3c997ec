import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';

interface StepTooltipProps {
  readonly value: number;
  readonly time: number;
  readonly noun: (count: number) => string;
  readonly format: (ms: number) => string;
  /** The cursor's x in the chart, px, and the chart's width: the tooltip sits right of it, or left near the end. */
  readonly x: number;
  readonly width: number;
}

/** Room the tooltip needs on the cursor's right before it flips to its left, px. */
const FLIP_AT = 200;

/** "3 requests in flight at 1.2 s", next to the cursor; read out when it changes. */
export function StepTooltip({ value, time, noun, format, x, width }: StepTooltipProps) {
  const t = useT(timelineMessages);
  const style = x + 10 + FLIP_AT > width ? { right: width - x + 10 } : { left: x + 10 };
  return (
    <div className="step-tooltip" role="status" style={style}>
      <strong>{value}</strong> {noun(value)}
      <span className="muted"> {t('at', { time: format(time) })}</span>
    </div>
  );
}
