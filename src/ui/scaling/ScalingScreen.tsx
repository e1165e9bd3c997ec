import { useState } from 'react';
import { listJoin, useLang, useT, type Lang } from '../../i18n';
import { scalingMessages } from '../../i18n/messages/scaling';
import { selectScalingResult, useAppStore, type SweepAxis } from '../../state';
import { FigureButtons } from '../compare/FigureButtons';
import { useStrategyTitle } from '../compare/useStrategyTitle';
import { useElementWidth } from '../gantt/useElementWidth';
import { Panel } from '../panel/Panel';
import { formatCount, formatDuration } from '../summary/format';
import { hiddenCurves } from './hiddenCurves';
import { ScalingChart } from './ScalingChart';
import { ScalingProgress } from './ScalingProgress';
import { ScalingSetup } from './ScalingSetup';
import { strategyStyle } from './palette';
import { useSentences } from './useSentences';
import '../compare/compare.css';
import './scaling.css';

const CHARTS = [
  { axis: 'tasks', title: 'chartTasks', x: 'axisTasks', sentence: 'tasks' },
  { axis: 'pool', title: 'chartPool', x: 'axisPool', sentence: 'pool' },
  { axis: 'cpuMs', title: 'chartCpu', x: 'axisCpu', sentence: 'cpu' },
] as const satisfies readonly {
  axis: SweepAxis;
  title: string;
  x: string;
  sentence: 'tasks' | 'pool' | 'cpu';
}[];

/** The Scaling screen: strategies and fixed work on the left; three pairs of curves, each with what it shows. */
export function ScalingScreen({ onRerun }: { readonly onRerun: () => void }) {
  const t = useT(scalingMessages);
  const lang = useLang();
  const name = useStrategyTitle();
  const result = useAppStore(selectScalingResult);
  const running = useAppStore((s) => s.jobs.scaling.status === 'running');
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(frame);
  const half = width >= 720 ? Math.floor((width - 14) / 2) : width;
  const series = result?.series ?? [];
  const sentences = useSentences(
    series,
    result?.request.base ?? { tasks: 1, latencyMs: 1, cpuMs: 0, pool: 1, cores: 1 },
    name,
  );
  const points = series.reduce((n, s) => n + s.points.length, 0);
  // The figure is a grid: one column per sweep (makespan above throughput), its sentence under it.
  const collect = () => {
    if (!frame || !result) return null;
    const sections = [...frame.querySelectorAll<HTMLElement>('section.scl-section')];
    const cell = (section: HTMLElement, index: number, note?: string) => {
      const fig = section.querySelectorAll('figure.scl-chart')[index];
      const svg = fig?.querySelector<SVGSVGElement>('svg.recharts-surface');
      const label = (fig?.getAttribute('data-figure-label') ?? '').replace('\n', ' · ');
      return svg ? [{ svg, label, labelAbove: true, note }] : [];
    };
    const sentence = (section: HTMLElement) =>
      [...section.querySelectorAll('.scl-sentence, .scl-note')].map((p) => p.textContent ?? '').join(' ');
    return {
      svgs: [
        ...sections.flatMap((section) => cell(section, 0)),
        ...sections.flatMap((section) => cell(section, 1, sentence(section))),
      ],
      columns: sections.length,
      // Three charts side by side: drawn 1.6× (their 10 px ticks at 16 px), or the sentences would not fit.
      root: frame,
      slideTextScale: 1.6,
      legend: result.request.strategies.map((id) => ({
        label: name(id),
        color: strategyStyle(id).color,
      })),
    };
  };
  const b = result?.request.base;
  const figure = b && (
    <FigureButtons
      title={t('figureTitle')}
      caption={t('figureCaption', {
        latency: formatDuration(b.latencyMs, lang),
        cpu: formatDuration(b.cpuMs, lang),
        pool: b.pool,
        tasks: b.tasks,
        cores: b.cores,
      })}
      fileName="awaitline-scaling"
      collect={collect}
      disabled={running}
    />
  );
  const noPool = result
    ? result.request.strategies.filter((id) => !series.some((s) => s.axis === 'pool' && s.strategy === id))
    : [];
  return (
    <div className="cmp-screen scl-screen">
      <aside className="cmp-side">
        <ScalingSetup />
      </aside>
      <main className="cmp-main">
        <Panel title={t('resultsTitle')} className="scl-results" actions={figure}>
          <ScalingProgress onRerun={onRerun} />
          <div ref={setFrame} className="scl-body" data-stale={running && result ? 'true' : undefined}>
            {!result && running && <p className="muted">{t('waiting')}</p>}
            {result &&
              CHARTS.map((c) => {
                const curves = series.filter((s) => s.axis === c.axis);
                return (
                  <section key={c.axis} className="scl-section" data-axis={c.axis} aria-label={t(c.title)}>
                    <h3 className="scl-section-title">{t(c.title)}</h3>
                    <div className="scl-pair">
                      {(['makespanMs', 'throughputPerS'] as const).map((metric) => (
                        <ScalingChart
                          key={metric}
                          axis={c.axis}
                          metric={metric}
                          series={curves}
                          title={t(metric === 'makespanMs' ? 'makespan' : 'throughput')}
                          figureLabel={`${t(c.title)}\n${t(metric === 'makespanMs' ? 'makespan' : 'throughput')}`}
                          xLabel={t(c.x)}
                          width={half}
                          name={name}
                          rateUnit={t('throughput').replace(/^.*\((.*)\)$/, '$1')}
                        />
                      ))}
                    </div>
                    <p className="scl-sentence">{sentences[c.sentence]}</p>
                    {hiddenCurves(curves).map((h) => (
                      <p key={h.hidden} className="param-help scl-note" data-hidden-curve={h.hidden}>
                        {t('hiddenCurve', {
                          hidden: name(h.hidden),
                          by: name(h.by),
                          from: axisValue(c.axis, h.from, lang),
                          to: axisValue(c.axis, h.to, lang),
                        })}
                      </p>
                    ))}
                    {c.axis === 'pool' && noPool.length > 0 && (
                      <p className="param-help scl-note">
                        {t('noPoolCurve', { list: listJoin(noPool.map(name), lang) })}
                      </p>
                    )}
                  </section>
                );
              })}
            {result && (
              <p className="param-help scl-elapsed">
                {t('elapsed', { points, time: formatDuration(result.elapsedMs, lang) })}
              </p>
            )}
          </div>
        </Panel>
      </main>
    </div>
  );
}

/** A point of a sweep's axis in words: a count of tasks or workers, or CPU per task in ms. */
function axisValue(axis: SweepAxis, x: number, lang: Lang): string {
  return axis === 'cpuMs' ? `${formatCount(x, lang)} ms` : formatCount(x, lang);
}
