import type { TooltipContentProps } from 'recharts';
import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';

interface StepTooltipProps extends Partial<TooltipContentProps<number, string>> {
  readonly noun: string;
  readonly format: (ms: number) => string;
}

/** "3 requests in flight at 1.2 s". */
export function StepTooltip({ active, payload, label, noun, format }: StepTooltipProps) {
  const t = useT(timelineMessages);
  if (!active || !payload?.length) return null;
  const value = payload[0]?.value;
  return (
    <div className="step-tooltip">
      <strong>{value}</strong> {noun}
      <span className="muted"> {t('at', { time: format(Number(label)) })}</span>
    </div>
  );
}
