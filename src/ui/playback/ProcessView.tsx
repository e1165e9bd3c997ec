import { useT } from '../../i18n';
import { isolate } from '../../i18n/bidi';
import { BidiText } from '../../i18n/BidiText';
import { pythonStateMessages } from '../../i18n/messages/pythonState';
import { queueMessages } from '../../i18n/messages/queue';
import type { QueueKind } from '../../strategies';
import type { ProcessAt, RunnerAt } from '../../trace/pythonState';
import { useLocalLabel } from '../gantt/traceLabel';
import { ChipLists } from './TaskChips';

interface Select {
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}

/** At most this many loops / threads listed per process; the rest are counted. */
const RUNNERS_SHOWN = 6;

function RunnerView({ runner, selected, onSelect }: { readonly runner: RunnerAt } & Select) {
  const t = useT(pythonStateMessages);
  const local = useLocalLabel();
  const r = runner.running;
  const cb = runner.callback;
  const loop = runner.lane.kind === 'event-loop';
  return (
    <li className="py-runner" data-kind={runner.lane.kind}>
      <span className="py-runner__lane">{local(runner.lane.label)}</span>
      <span className="py-runner__now" data-state={r?.state ?? (cb !== null ? 'callback' : 'idle')}>
        {r === null && cb !== null ? (
          cb.task === null || cb.label === null ? (
            t('runningCallbackAnon')
          ) : (
            <button
              type="button"
              className="py-chip py-chip--now"
              data-state="callback"
              aria-pressed={selected === cb.task}
              onClick={() => onSelect(cb.task as string)}
            >
              {t('runningCallback', { task: local(cb.label) })}
            </button>
          )
        ) : r === null ? (
          t('idle')
        ) : (
          <button
            type="button"
            className="py-chip py-chip--now"
            data-state={r.state}
            aria-pressed={selected === r.id}
            onClick={() => onSelect(r.id)}
          >
            <BidiText
              text={
                r.state === 'blocked'
                  ? t('blockedTask', { task: isolate(local(r.label)) })
                  : t('runningTask', { task: isolate(local(r.label)) })
              }
            />
          </button>
        )}
      </span>
      <ChipLists
        lists={[
          { kind: 'ready', title: t('readyQueue'), tasks: runner.ready, always: loop },
          { kind: 'suspended', title: t('suspended'), tasks: runner.suspended, always: loop },
          { kind: 'awaiting', title: t('awaiting'), tasks: runner.awaiting },
        ]}
        selected={selected}
        onSelect={onSelect}
      />
    </li>
  );
}

/** One process at the cursor: who holds its GIL, its loops and threads, its queue and its requests in flight. */
export function ProcessView({
  process,
  selected,
  onSelect,
  queue,
}: { readonly process: ProcessAt; readonly queue?: QueueKind } & Select) {
  const t = useT(pythonStateMessages);
  const q = useT(queueMessages);
  const local = useLocalLabel();
  const runners = process.runners.slice(0, RUNNERS_SHOWN);
  // No task holds the GIL while a loop of this process runs a done-callback: the callback does.
  const callback = process.gil === null ? process.runners.find((r) => r.callback !== null)?.callback : null;
  const gil =
    (process.gil && local(process.gil.label)) ??
    (callback == null
      ? t('gilFree')
      : callback.label === null
        ? t('gilCallbackAnon')
        : t('gilCallback', { task: local(callback.label) }));
  return (
    <section className="py-process" aria-label={local(process.lane.label)}>
      <header className="py-process__head">
        <span className="py-process__name">{local(process.lane.label)}</span>
        {process.startingUp && <span className="py-badge">{t('startingUp')}</span>}
        <span className="py-process__gil">
          {t('gil')}: <strong>{gil}</strong>
        </span>
      </header>
      {runners.length > 0 && (
        <ul className="py-runners">
          {runners.map((r) => (
            <RunnerView key={r.lane.id} runner={r} selected={selected} onSelect={onSelect} />
          ))}
          {process.runners.length > runners.length && (
            <li className="py-chips__more">
              {t('more', { count: process.runners.length - runners.length })}
            </li>
          )}
        </ul>
      )}
      <div className="py-process__foot">
        <ChipLists
          lists={[
            { kind: 'queued', title: queue ? q(queue) : t('queued'), tasks: process.queued },
            {
              kind: 'in-flight',
              title: t('inFlight'),
              tasks: process.inFlight.map((r) => ({ id: r.task, label: r.label })),
            },
          ]}
          selected={selected}
          onSelect={onSelect}
        />
      </div>
    </section>
  );
}
