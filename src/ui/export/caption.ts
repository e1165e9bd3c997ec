/** The words and the file name of an exported figure, from its scenario: pure, so they are tested alone. */
import type { Lang } from '../../i18n/lang';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import type { Scenario } from '../../trace/scenario';
import { formatDuration } from '../summary/format';

const group = (n: number) => n.toLocaleString('en-GB');

/**
 * The parameters in one line, for the caption under the title; pool sizes only where the strategy uses them.
 * @example figureCaption(s) // "N = 5 · latency 3.00 s ± 200 ms (uniform) · CPU 5 ms per task · seed 1"
 */
export function figureCaption(scenario: Scenario, engine: 'sim' | 'live' = 'sim'): string {
  const p = scenario.params;
  const used = new Set(getStrategy(scenario.strategy).params);
  const parts = [`N = ${group(p.tasks)}`];
  const jitter = p.jitterMs > 0 ? ` ± ${formatDuration(p.jitterMs)} (${p.jitterKind})` : '';
  parts.push(`latency ${formatDuration(p.latencyMs)}${jitter}`);
  if (p.overheadMs > 0) parts.push(`overhead ${formatDuration(p.overheadMs)}`);
  parts.push(p.cpuMs > 0 ? `CPU ${formatDuration(p.cpuMs)} per task` : 'no CPU work');
  if (used.has('workers')) parts.push(`${group(p.workers)} ${p.workers === 1 ? 'worker' : 'workers'}`);
  if (used.has('concurrency')) parts.push(`concurrency ${group(p.concurrency)}`);
  if (used.has('connectorLimit') && p.connectorLimit > 0) parts.push(`connector limit ${group(p.connectorLimit)}`);
  if (used.has('cores')) parts.push(`${group(p.cores)} ${p.cores === 1 ? 'core' : 'cores'}`);
  if (used.has('startupMs')) parts.push(`start-up ${formatDuration(p.startupMs)}`);
  // A recorded run has no seed: its randomness was the world's.
  parts.push(engine === 'sim' ? `seed ${scenario.seed} · simulated` : 'recorded');
  return parts.join(' · ');
}

/** The figure's default title: the strategy's name, in the UI's language. */
export function figureTitle(scenario: Scenario, lang: Lang = 'en'): string {
  return strategyText(getStrategy(scenario.strategy), lang).title;
}

/** A lower-case, dash-separated file name part: "My trace.json" → "my-trace". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * A meaningful file name: strategy, N × latency, and what it is.
 * @example figureFileName(scenario, 'png') // "awaitline-asyncio-gather-5x3000ms.png"
 */
export function figureFileName(scenario: Scenario, ext: string, suffix = ''): string {
  const base = `awaitline-${scenario.strategy}-${scenario.params.tasks}x${Math.round(scenario.params.latencyMs)}ms`;
  return `${base}${suffix ? `-${slug(suffix)}` : ''}.${ext}`;
}
