import type { TooltipContentProps } from 'recharts';
import type { StrategyId } from '../../trace/scenario';
import { strategyStyle } from './palette';

interface ScalingTooltipProps extends Partial<TooltipContentProps<number, string>> {
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
  readonly name: (id: StrategyId) => string;
}

/** The values of every curve at the hovered x, best first. */
export function ScalingTooltip({ active, payload, label, formatX, formatY, name }: ScalingTooltipProps) {
  if (!active || !payload?.length) return null;
  const rows = payload
    .filter((p) => typeof p.value === 'number')
    .map((p) => ({ id: String(p.dataKey) as StrategyId, value: Number(p.value) }));
  return (
    <div className="scl-tooltip">
      <div className="scl-tooltip-x">{formatX(Number(label))}</div>
      {rows.map((r) => (
        <div key={r.id} className="scl-tooltip-row">
          <span className="scl-swatch" style={{ background: strategyStyle(r.id).color }} aria-hidden="true" />
          <span>{name(r.id)}</span>
          <strong>{formatY(r.value)}</strong>
        </div>
      ))}
    </div>
  );
}
