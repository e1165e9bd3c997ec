import type { ParamKey, Scenario } from '../../trace/scenario';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { getStrategy } from '../../strategies';
import { defaultExecutorWorkers } from '../../sim/threadPool';
import { formatDuration } from '../summary/format';

type Phrase = (s: Scenario, t: Translate<MessageKey<typeof timelineMessages>>, lang: Lang) => string | null;

/** How each parameter reads in a one-line synopsis, when the strategy uses it. */
const PHRASES: Partial<Record<ParamKey, Phrase>> = {
  tasks: (s, t) => t('synopsis.requests', { count: s.params.tasks }),
  latencyMs: (s, t, lang) =>
    s.params.jitterMs > 0
      ? t('synopsis.latencyJitter', {
          time: formatDuration(s.params.latencyMs, lang),
          jitter: formatDuration(s.params.jitterMs, lang),
        })
      : t('synopsis.latency', { time: formatDuration(s.params.latencyMs, lang) }),
  cpuMs: (s, t, lang) =>
    s.params.cpuMs > 0 ? t('synopsis.cpu', { time: formatDuration(s.params.cpuMs, lang) }) : null,
  // workers = 0 is Python's default executor (max_workers=None): how many threads that is, never "0 workers".
  workers: (s, t) =>
    s.params.workers > 0
      ? t('synopsis.workers', { count: s.params.workers })
      : t('synopsis.defaultExecutor', { count: defaultExecutorWorkers(s.params.cores) }),
  concurrency: (s, t) => t('synopsis.concurrency', { count: s.params.concurrency }),
  cores: (s, t) => t('synopsis.cores', { count: s.params.cores }),
};

/**
 * The scenario in one line, for the timeline's heading (and so for screenshots):
 * "20 requests · 1.00 s each · 4 workers".
 */
export function synopsis(scenario: Scenario, lang: Lang = 'en'): string {
  const used = getStrategy(scenario.strategy).params;
  const t = translator(timelineMessages, lang);
  return used
    .map((key) => PHRASES[key]?.(scenario, t, lang) ?? null)
    .filter((p): p is string => p !== null)
    .join(' · ');
}
