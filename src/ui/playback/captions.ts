import type { Lang, MessageKey, Translate } from '../../i18n';
import { localLabel } from '../gantt/traceLabel';
import type { calloutMessages } from '../../i18n/messages/callouts';
import type { walkthroughMessages } from '../../i18n/messages/walkthrough';
import type { QueueKind } from '../../strategies';
import type { Callout, CalloutKind } from '../../trace/callouts';
import type { WalkStep } from '../../trace/walkthrough';

/** Translators for the walk-through's and the callouts' words. */
export type WalkT = Translate<MessageKey<typeof walkthroughMessages>>;
export type CalloutT = Translate<MessageKey<typeof calloutMessages>>;

/** "task 1", "task 1 and task 2", "task 1, task 2 and task 3", "5 tasks", in the UI language. */
export function taskNames(t: WalkT, labels: readonly string[]): string {
  if (labels.length === 1) return labels[0];
  if (labels.length === 2) return t('list2', { a: labels[0], b: labels[1] });
  if (labels.length === 3) return t('list3', { a: labels[0], b: labels[1], c: labels[2] });
  return t('listMany', { count: labels.length });
}

/** A walk-through step in words: "Task 1 awaits the request: it suspends; the loop runs task 2". */
export function stepCaption(t: WalkT, step: WalkStep, lang: Lang): string {
  const caption = step.parts
    .map((p) =>
      t(`walk-${p.change}`, {
        tasks: taskNames(
          t,
          p.tasks.map((label) => localLabel(label, lang)),
        ),
        count: p.tasks.length,
      }),
    )
    .join(t('partSep'));
  // English sentences start with a capital; task labels that look like code ("main()") stay as they are.
  return lang === 'en' && /^(the|task) /.test(caption) ? `T${caption.slice(1)}` : caption;
}

const isQueueKind = (kind: CalloutKind) => kind === 'pool-saturated' || kind === 'semaphore-full';

/** A callout's label for the chart, in the words of the run's strategy (`queue`: what its queued tasks wait for). */
export function calloutLabel(t: CalloutT, callout: Callout, queue?: QueueKind): string {
  if (queue !== undefined && isQueueKind(callout.kind))
    return t(`callout-queue-${queue}`, { count: callout.count });
  return t(`callout-${callout.kind}`, { count: callout.count });
}

/** The name of a kind of callout (the callout menu), in the words of the run's strategy. */
export function calloutKindName(t: CalloutT, kind: CalloutKind, queue?: QueueKind): string {
  return queue !== undefined && isQueueKind(kind) ? t(`toggle-queue-${queue}`) : t(`toggle-${kind}`);
}
