import { useT } from '../../i18n';
import { Segmented } from '../theme/Segmented';
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
    <Segmented
      className="cmp-option"
      option={name}
      name={name}
      legend={legend}
      legendClassName="cmp-option-legend"
      choices={choices}
      value={value}
      onChange={set}
    />
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
