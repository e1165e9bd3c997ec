/** The words and the file name of an exported figure, from its scenario: pure, so they are tested alone. */
import type { Lang } from '../../i18n/lang';
import { defaultExecutorWorkers } from '../../sim/threadPool';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import type { Scenario } from '../../trace/scenario';
import type { Engine } from '../../trace/types';
import { formatDuration } from '../summary/format';

const group = (n: number, lang: Lang) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN');

/** The caption's words in each UI language (numbers and units stay as the summary writes them). */
const WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    latency: 'latency',
    overhead: 'overhead',
    cpu: 'CPU {v} per task',
    noCpu: 'no CPU work',
    worker: 'worker',
    workers: 'workers',
    defaultExecutor: 'default executor: {v} threads',
    concurrency: 'concurrency',
    connector: 'connector limit',
    core: 'core',
    cores: 'cores',
    startup: 'start-up',
    seed: 'seed {v} · simulated',
    recorded: 'recorded',
    uniform: 'uniform',
    lognormal: 'lognormal',
  },
  'zh-CN': {
    latency: '延迟',
    overhead: '开销',
    cpu: '每任务 CPU {v}',
    noCpu: '无 CPU 计算',
    worker: '个工作者',
    workers: '个工作者',
    defaultExecutor: '默认执行器：{v} 个线程',
    concurrency: '并发',
    connector: '连接上限',
    core: '个核心',
    cores: '个核心',
    startup: '启动',
    seed: '种子 {v} · 模拟',
    recorded: '实录',
    uniform: '均匀',
    lognormal: '对数正态',
  },
};

/**
 * The parameters in one line, for the caption under the title; pool sizes only where the strategy uses them.
 * @example figureCaption(s) // "N = 5 · latency 3.00 s ± 200 ms (uniform) · CPU 5 ms per task · seed 1 · simulated"
 */
export function figureCaption(scenario: Scenario, engine: Engine = 'sim', lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const fill = (key: string, v: string) => w[key].replace('{v}', v);
  const d = (ms: number) => formatDuration(ms, lang);
  const count = (n: number, one: string, many: string) => `${group(n, lang)} ${n === 1 ? w[one] : w[many]}`;
  const p = scenario.params;
  const used = new Set(getStrategy(scenario.strategy).params);
  const parts = [`N = ${group(p.tasks, lang)}`];
  const jitter = p.jitterMs > 0 ? ` ± ${d(p.jitterMs)} (${w[p.jitterKind]})` : '';
  parts.push(`${w.latency} ${d(p.latencyMs)}${jitter}`);
  if (p.overheadMs > 0) parts.push(`${w.overhead} ${d(p.overheadMs)}`);
  parts.push(p.cpuMs > 0 ? fill('cpu', d(p.cpuMs)) : w.noCpu);
  // workers = 0 is Python's default executor (max_workers=None): say how many threads that is, never "0 workers".
  if (used.has('workers'))
    parts.push(
      p.workers > 0
        ? count(p.workers, 'worker', 'workers')
        : fill('defaultExecutor', group(defaultExecutorWorkers(p.cores), lang)),
    );
  if (used.has('concurrency')) parts.push(`${w.concurrency} ${group(p.concurrency, lang)}`);
  if (used.has('connectorLimit') && p.connectorLimit > 0)
    parts.push(`${w.connector} ${group(p.connectorLimit, lang)}`);
  if (used.has('cores')) parts.push(count(p.cores, 'core', 'cores'));
  if (used.has('startupMs')) parts.push(`${w.startup} ${d(p.startupMs)}`);
  // A recorded run has no seed: its randomness was the world's.
  parts.push(engine === 'sim' ? fill('seed', String(scenario.seed)) : w.recorded);
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
