import { useT } from '../../i18n';
import { useLocalLabel } from '../gantt/traceLabel';
import { pythonStateMessages } from '../../i18n/messages/pythonState';

interface Chip {
  readonly id: string;
  readonly label: string;
}

/** At most this many tasks named per list; the rest are counted. */
export const CHIPS_SHOWN = 5;

/**
 * A labelled list of tasks as small buttons (clicking one selects it), the first few named and the rest counted
 * ("+ 95 more"); "none" when empty.
 */
export function TaskChips({
  title,
  tasks,
  selected,
  onSelect,
  kind,
}: {
  readonly title: string;
  readonly tasks: readonly Chip[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  readonly kind: string;
}) {
  const t = useT(pythonStateMessages);
  const local = useLocalLabel();
  const shown = tasks.slice(0, CHIPS_SHOWN);
  return (
    <div className="py-list" data-list={kind}>
      <span className="py-list__title">
        {title} <span className="py-list__count">({tasks.length.toLocaleString('en-US')})</span>
      </span>
      {tasks.length === 0 ? (
        <span className="py-list__none">{t('none')}</span>
      ) : (
        <ul className="py-chips">
          {shown.map((task) => (
            <li key={task.id}>
              <button
                type="button"
                className="py-chip"
                data-state={kind}
                aria-pressed={selected === task.id}
                onClick={() => onSelect(task.id)}
                aria-label={t('select', { task: local(task.label) })}
              >
                {local(task.label)}
              </button>
            </li>
          ))}
          {tasks.length > shown.length && (
            <li className="py-chips__more">{t('more', { count: tasks.length - shown.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
}

/** One list of `ChipLists`: shown when it has tasks, or always (saying "none") when `always`. */
export interface ChipList {
  readonly kind: string;
  readonly title: string;
  readonly tasks: readonly Chip[];
  readonly always?: boolean;
}

/** Several chip lists, each shown when it has tasks or is always shown. */
export function ChipLists({
  lists,
  selected,
  onSelect,
}: {
  readonly lists: readonly ChipList[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}) {
  return lists
    .filter((list) => list.always === true || list.tasks.length > 0)
    .map((list) => (
      <TaskChips
        key={list.kind}
        kind={list.kind}
        title={list.title}
        tasks={list.tasks}
        selected={selected}
        onSelect={onSelect}
      />
    ));
}
