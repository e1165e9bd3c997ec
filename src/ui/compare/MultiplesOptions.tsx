import { useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import type { GanttView } from '../gantt/layoutTypes';

/** Every chart on the longest makespan's axis (the default), or each on its own run's. */
export type AxisMode = 'shared' | 'own';

interface Props {
  readonly view: GanttView;
  readonly onView: (view: GanttView) => void;
  readonly axis: AxisMode;
  readonly onAxis: (axis: AxisMode) => void;
}

/** The small multiples' two choices: rows by task or by lane, and one time axis for all or one per chart. */
export function MultiplesOptions({ view, onView, axis, onAxis }: Props) {
  const t = useT(compareMessages);
  const group = <V extends string>(
    name: string,
    legend: string,
    value: V,
    set: (v: V) => void,
    choices: readonly (readonly [V, string])[],
  ) => (
    <fieldset className="segmented cmp-option" data-option={name}>
      <legend className="cmp-option-legend">{legend}</legend>
      {choices.map(([v, label]) => (
        <label key={v} className="segmented-option">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => set(v)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="cmp-options">
      {group('cmp-view', t('rowsLegend'), view, onView, [
        ['tasks', t('rowsByTask')],
        ['lanes', t('rowsByLane')],
      ])}
      {group('cmp-axis', t('axisLegend'), axis, onAxis, [
        ['shared', t('axisShared')],
        ['own', t('axisOwn')],
      ])}
    </div>
  );
}
