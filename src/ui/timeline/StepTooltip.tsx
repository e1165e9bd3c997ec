import type { TooltipContentProps } from 'recharts';

interface StepTooltipProps extends Partial<TooltipContentProps<number, string>> {
  readonly noun: string;
  readonly format: (ms: number) => string;
}

/** "3 requests in flight at 1.2 s". */
export function StepTooltip({ active, payload, label, noun, format }: StepTooltipProps) {
  if (!active || !payload?.length) return null;
  const value = payload[0]?.value;
  return (
    <div className="step-tooltip">
      <strong>{value}</strong> {noun}
      <span className="muted"> at {format(Number(label))}</span>
    </div>
  );
}
