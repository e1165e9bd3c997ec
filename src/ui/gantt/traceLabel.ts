import { translator, useLang, type Lang } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';

/**
 * The words inside a trace's task and lane labels, in the reader's language, at display time: the simulator and
 * the live runner name things in English ("task 3", "Thread 2", "event loop", "MainProcess (page)") and traces
 * keep those names; Chinese readers see 任务 3, 线程 2, 事件循环. Only these generated patterns are
 * translated: Python's own process names (MainProcess, ForkPoolWorker-1, SpawnProcess-1, SyncManager-1), code
 * (main()) and labels from imported files stay as written.
 *
 * @example localLabel('task 3 · live', 'zh-CN') // "任务 3 · live" (the suffix comes translated from its caller)
 */
export function localLabel(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const t = translator(ganttMessages, lang);
  return label
    .replace(/\btasks (\d+)–(\d+)\b/g, (_, a: string, b: string) => t('label.tasks', { a, b }))
    .replace(/\btask (\d+)\b/g, (_, n: string) => t('label.task', { n }))
    .replace(/\bThread (\d+)\b/g, (_, n: string) => t('label.thread', { n }))
    .replace(/\bevent loop\b/g, () => t('label.loop'))
    .replace(/ ?\((page|worker|restart (\d+))\)$/, (_, what: string, n?: string) =>
      n !== undefined
        ? `（${t('label.restart', { n })}）`
        : `（${t(what === 'page' ? 'label.page' : 'label.worker')}）`,
    );
}

/** {@link localLabel} in the page's language, for components. */
export function useLocalLabel(): (label: string) => string {
  const lang = useLang();
  return (label) => localLabel(label, lang);
}
