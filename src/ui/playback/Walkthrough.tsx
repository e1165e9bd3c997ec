import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { walkthroughMessages } from '../../i18n/messages/walkthrough';
import { selectCursor, selectPlaybackActions, useAppStore } from '../../state';
import type { StrategyId } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { stepIndexAt, walkthrough } from '../../trace/walkthrough';
import { formatMs } from '../gantt/format';
import { traceExtent } from '../gantt/traceInfo';
import { stepCaption } from './captions';

/** The basics scenes, which play as guided walk-throughs. */
export const WALKTHROUGH_SCENES: ReadonlySet<StrategyId> = new Set<StrategyId>([
  'task-lifecycle',
  'done-callbacks',
  'asyncio-wait',
]);

/**
 * A guided step-through of a basics scene: Back / Next move the cursor to each moment where something changes,
 * with a caption saying what happens then. The step shown follows the cursor, so scrubbing moves it too.
 */
export function Walkthrough({ trace }: { readonly trace: Trace }) {
  const t = useT(walkthroughMessages);
  const lang = useLang();
  const cursor = useAppStore(selectCursor);
  const { setCursor, pause, selectTask } = useAppStore(useShallow(selectPlaybackActions));
  const steps = useMemo(() => walkthrough(trace), [trace]);
  const index = stepIndexAt(steps, cursor);
  const end = useMemo(() => traceExtent(trace)[1], [trace]);
  const go = (i: number) => {
    pause();
    setCursor(steps[i].time, end);
    // The code follows the task the caption is about (its first subject), not whichever task happens to run.
    selectTask(steps[i].parts[0]?.ids[0] ?? null);
  };
  if (steps.length === 0) return null;
  return (
    <section className="walkthrough" aria-label={t('walkTitle')}>
      <div className="walkthrough__nav">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index <= 0}>
          ← {t('back')}
        </button>
        <span className="walkthrough__count">
          {index < 0 ? t('walkTitle') : t('walkStep', { n: index + 1, total: steps.length })}
        </span>
        <button
          type="button"
          className="button walkthrough__next"
          onClick={() => go(index + 1)}
          disabled={index >= steps.length - 1}
        >
          {t('forward')} →
        </button>
      </div>
      <p className="walkthrough__caption" aria-live="polite" data-step={index + 1}>
        {index < 0 ? (
          t('walkStart')
        ) : (
          <>
            <span className="walkthrough__time">{formatMs(steps[index].time)}</span>{' '}
            {stepCaption(t, steps[index], lang)}
          </>
        )}
      </p>
    </section>
  );
}
