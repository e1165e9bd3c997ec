import { useShallow } from 'zustand/react/shallow';
import { selectGanttView, selectViewActions, useAppStore, type GanttView } from '../../state';

const VIEWS: readonly { readonly view: GanttView; readonly label: string }[] = [
  { view: 'tasks', label: 'By task' },
  { view: 'lanes', label: 'By thread / process' },
];

/** Rows by task, or by the lane (thread, loop, process) the work ran on. */
export function ViewToggle() {
  const view = useAppStore(selectGanttView);
  const { setGanttView } = useAppStore(useShallow(selectViewActions));
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Gantt rows: one per task, or one per thread, loop or process</legend>
      {VIEWS.map((v) => (
        <label key={v.view} className="segmented-option">
          <input
            type="radio"
            name="gantt-view"
            value={v.view}
            checked={view === v.view}
            onChange={() => setGanttView(v.view)}
          />
          <span>{v.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
