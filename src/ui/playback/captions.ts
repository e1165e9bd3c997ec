import type { Lang, Translate } from '../../i18n';
import type { playbackMessages } from '../../i18n/messages/playback';
import type { Callout } from '../../trace/callouts';
import type { WalkStep } from '../../trace/walkthrough';

type Key = typeof playbackMessages extends { en: Record<infer K, unknown> } ? K & string : never;
export type PlaybackT = Translate<Key>;

/** "task 1", "task 1 and task 2", "task 1, task 2 and task 3", "5 tasks", in the UI language. */
export function taskNames(t: PlaybackT, labels: readonly string[]): string {
  if (labels.length === 1) return labels[0];
  if (labels.length === 2) return t('list2', { a: labels[0], b: labels[1] });
  if (labels.length === 3) return t('list3', { a: labels[0], b: labels[1], c: labels[2] });
  return t('listMany', { count: labels.length });
}

/** A walk-through step in words: "Task 1 awaits the request: it suspends; the loop runs task 2". */
export function stepCaption(t: PlaybackT, step: WalkStep, lang: Lang): string {
  const caption = step.parts
    .map((p) => t(`walk-${p.change}`, { tasks: taskNames(t, p.tasks), count: p.tasks.length }))
    .join(t('partSep'));
  // English sentences start with a capital; task labels that look like code ("main()") stay as they are.
  return lang === 'en' && /^(the|task) /.test(caption) ? `T${caption.slice(1)}` : caption;
}

/** A callout's label for the chart. */
export function calloutLabel(t: PlaybackT, callout: Callout): string {
  return t(`callout-${callout.kind}`, { count: callout.count });
}
