import type { MessageKey, Translate } from '../../i18n';
import type { ganttMessages } from '../../i18n/messages/gantt';
import { requestCount } from '../../trace/requests';
import type { Trace } from '../../trace/types';
import { formatMs } from './format';
import type { GanttLayout } from './layoutTypes';

/** What a chart says about itself: its title (and the SVG's), its description, and a note when grouped. */
export interface GanttTitles {
  readonly title: string;
  readonly description: string;
  readonly note: string | null;
}

/**
 * The chart's title ("100 tasks", or the caller's), the SVG's description and the grouped rows' note, in the
 * language of `t`.
 *
 * @example ganttTitles(trace, layout, undefined, t).title // "Timeline of 100 tasks"
 */
export function ganttTitles(
  trace: Trace,
  layout: GanttLayout,
  title: string | undefined,
  t: Translate<MessageKey<typeof ganttMessages>>,
): GanttTitles {
  // main() awaiting its tasks is drawn as a row but is not one of the requests the title counts.
  const n = requestCount(trace);
  const counted = t(layout.view === 'tasks' ? 'titleTasks' : 'titleLanes', { count: n });
  return {
    title: title ?? (n < trace.tasks.length ? t('titleWithMain', { title: counted, count: n }) : counted),
    description: t('description', {
      count: n,
      lanes: trace.lanes.length,
      from: formatMs(layout.extent[0]),
      to: formatMs(layout.extent[1]),
    }),
    note: layout.mode === 'grouped' ? t('groupedNote', { count: n, size: layout.groupSize }) : null,
  };
}
