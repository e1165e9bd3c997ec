import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { useLang, useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { scaleLinear } from 'd3-scale';
import { tickFormat } from '../gantt/format';
import { formatDuration } from '../summary/format';
import { useElementWidth } from '../gantt/useElementWidth';
import type { CompareRow } from './figures';
import { useStrategyTitle } from './useStrategyTitle';
import { useState } from 'react';

const ROW = 32;
/** Okabe–Ito, colour-blind safe; each entry keeps its colour in every chart of the screen. */
export const ENTRY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

/**
 * The makespan axis: nice round ticks from 0 (about one per 90 px) in ONE unit with the same decimals, so it reads
 * "0 s, 5 s, 10 s, 15 s" and never "0 ms, 4.00 s, 8.00 s".
 */
export function makespanAxis(max: number, plotWidth: number) {
  const scale = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(Math.max(2, Math.floor(plotWidth / 90)));
  const ticks = scale.ticks(Math.max(2, Math.floor(plotWidth / 90)));
  const [, top] = scale.domain();
  return { domain: [0, top] as [number, number], ticks, format: tickFormat(ticks) };
}

/** Horizontal makespan bars, one per entry, each labelled with its value (shorter is better). */
export function MakespanBars({ rows }: { readonly rows: readonly CompareRow[] }) {
  const t = useT(compareMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const width = useElementWidth(frame);
  const data = rows.map((r) => ({
    name: `${r.index + 1}. ${title(r.strategy)}`,
    value: r.makespanMs ?? 0,
    index: r.index,
    ready: r.makespanMs !== null,
  }));
  const labelWidth = Math.min(300, Math.max(150, width * 0.3));
  const axis = makespanAxis(Math.max(0, ...data.map((d) => d.value)), width - labelWidth - 76);
  const summary = t('barsSummary', {
    list: data
      .map((d) => `${d.name} ${d.ready ? formatDuration(d.value, lang) : t('pending')}`)
      .join(lang === 'zh-CN' ? '；' : '; '),
  });
  return (
    <figure className="cmp-bars" ref={setFrame} aria-label={t('barsTitle')}>
      <figcaption className="cmp-chart-title">{t('barsTitle')}</figcaption>
      <p className="visually-hidden">{summary}</p>
      {width > 0 && (
        <BarChart
          width={width}
          height={data.length * ROW + 36}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
          aria-hidden="true"
        >
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            interval={0}
            tickFormatter={axis.format}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--border)"
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tick={{ fill: 'var(--fg)', fontSize: 12.5 }}
            stroke="var(--border)"
            interval={0}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={20} radius={[0, 4, 4, 0]}>
            {data.map((d) => (
              <Cell key={d.index} fill={ENTRY_COLOURS[d.index % ENTRY_COLOURS.length]} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? formatDuration(v, lang) : '')}
              style={{ fill: 'var(--fg)', fontSize: 12.5, fontWeight: 600 }}
            />
          </Bar>
        </BarChart>
      )}
    </figure>
  );
}
