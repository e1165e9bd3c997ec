import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { selectGanttView, selectViewActions, useAppStore, type GanttView } from '../../state';

const VIEWS = [
  { view: 'tasks', label: 'byTask' },
  { view: 'lanes', label: 'byLane' },
] as const satisfies readonly { readonly view: GanttView; readonly label: string }[];

/** Rows by task, or by the lane (thread, loop, process) the work ran on. */
export const ViewToggle = memo(function ViewToggle() {
  const view = useAppStore(selectGanttView);
  const { setGanttView } = useAppStore(useShallow(selectViewActions));
  const t = useT(timelineMessages);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('viewLegend')}</legend>
      {VIEWS.map((v) => (
        <label key={v.view} className="segmented-option">
          <input
            type="radio"
            name="gantt-view"
            value={v.view}
            checked={view === v.view}
            onChange={() => setGanttView(v.view)}
          />
          <span>{t(v.label)}</span>
        </label>
      ))}
    </fieldset>
  );
});
