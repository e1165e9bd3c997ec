import { translator, type Lang } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import type { GanttItem, GanttRow } from './layoutTypes';
import { localLabel } from './traceLabel';

/**
 * The Gantt's words for its layout, in one language: layout is geometry (names as the trace has them, counts as
 * numbers), and these put them in the reader's language where they are drawn, said or shown in a tooltip.
 */
export interface GanttWords {
  readonly lang: Lang;
  /** A row's label: "task 3", "任务 3". */
  readonly row: (row: GanttRow) => string;
  /** A lane's second line, "≤5 waiting · ≤20 queued"; null when nothing waits on it. */
  readonly waits: (row: GanttRow) => string | null;
  /** Who an item is about: "task 3", "1–5 tasks", "a callback". */
  readonly who: (item: GanttItem) => string;
  /** The lane an item ran on, when the row does not say it. */
  readonly where: (item: GanttItem) => string | null;
  /** A grouped row's share of tasks in the item's state: "48 of 50 tasks". */
  readonly share: (item: GanttItem) => string | null;
}

/** 950, 9.9k, 12k: short enough for the label column. */
const compact = (n: number) => (n < 1000 ? String(n) : `${Number((n / 1000).toFixed(n < 10_000 ? 1 : 0))}k`);

const MAX_NAMES = 20_000;

function makeWords(lang: Lang): GanttWords {
  const t = translator(ganttMessages, lang);
  // Thousands of rows and bars share a few dozen names: each is put in the language once.
  const names = new Map<string, string>();
  const local = (name: string) => {
    let out = names.get(name);
    if (out === undefined) {
      if (names.size >= MAX_NAMES) names.clear(); // an imported trace may name every task differently
      names.set(name, (out = localLabel(name, lang)));
    }
    return out;
  };
  return {
    lang,
    row: (row) => local(row.label),
    waits: ({ waits }) => {
      if (waits === null) return null;
      const notes: string[] = [];
      if (waits.waiting > 0) notes.push(t('laneWaiting', { n: compact(waits.waiting) }));
      if (waits.queued > 0) notes.push(t('laneQueued', { n: compact(waits.queued) }));
      return notes.join(' · ');
    },
    who: ({ who }) => {
      switch (who.kind) {
        case 'named':
          return local(who.name);
        case 'waiting':
          return who.min === who.max
            ? t('waitTasks', { count: who.max })
            : t('waitRange', { min: who.min, max: who.max });
        case 'callback':
          return t('callbackAnon');
      }
    },
    where: ({ where }) => (where === null ? null : local(where)),
    share: ({ share }) => {
      if (share === null) return null;
      const { min, max, size } = share;
      return min === max ? t('groupDetail', { count: max, size }) : t('groupDetailRange', { min, max, size });
    },
  };
}

const byLang = new Map<Lang, GanttWords>();

/**
 * The Gantt's words in `lang`, made once per language.
 * @example ganttWords('zh-CN').row(layout.rows[0]) // "任务 1"
 */
export function ganttWords(lang: Lang): GanttWords {
  let words = byLang.get(lang);
  if (words === undefined) byLang.set(lang, (words = makeWords(lang)));
  return words;
}
