import { useEffect, useRef, useState } from 'react';
import { useLang, useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import type { Trace } from '../../trace/types';
import { figureCaption, figureFileName, figureTitle } from './caption';
import { pageTheme } from './themeTokens';
import { chartsWidth, drawnNarrow, slideChartWidth } from './slideWidth';
import { timelineLegend, timelineParts } from './timelineFigure';
import { TraceDownloads } from './TraceDownloads';
import type { FigureBackground, FigureFormat, FigureSize } from './types';
import { useFigureDownload } from './useFigureDownload';
import './export.css';

interface Props {
  readonly trace: Trace;
  /** The rendered timeline to draw from. */
  readonly getRoot: () => HTMLElement | null;
  /** Added to the file name: "imported", "vs-sim". */
  readonly fileSuffix?: string;
  readonly onClose: () => void;
}

/** The export dialog: a figure for slides (PNG / SVG, background, what to include) and the trace files. */
export function ExportDialog({ trace, getRoot, fileSuffix = '', onClose }: Props) {
  const t = useT(traceIoMessages);
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<FigureFormat>('png');
  const [size, setSize] = useState<FigureSize>('screen');
  const [background, setBackground] = useState<FigureBackground>('light');
  const [title, setTitle] = useState(() => figureTitle(trace.scenario, lang));
  const [legend, setLegend] = useState(true);
  const [caption, setCaption] = useState(true);
  const [charts, setCharts] = useState(true);
  const [callouts, setCallouts] = useState(true);
  const { status, download } = useFigureDownload();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const save = async () => {
    const root = getRoot();
    if (!root) return;
    // A slide's charts are drawn for the slide (its type read from the back of a room), then the page gets its width back.
    const restore =
      size === 'screen'
        ? () => {}
        : await drawnNarrow(
            root,
            () => chartsWidth(timelineParts(root, { charts }).map((p) => p.svg)),
            slideChartWidth(size),
          );
    const options = {
      svgs: timelineParts(root, { charts }),
      title: title.trim() || figureTitle(trace.scenario, lang),
      caption: caption ? figureCaption(trace.scenario, trace.engine, lang) : undefined,
      legend: legend ? timelineLegend(root) : [],
      background,
      format,
      size,
      exclude: callouts ? [] : ['.gantt-callouts'],
    };
    const suffix = [fileSuffix, size === 'screen' ? '' : size].filter(Boolean).join('-');
    try {
      await download(options, figureFileName(trace.scenario, format, suffix));
    } finally {
      restore();
    }
  };

  const radios = <V extends string>(
    name: string,
    value: V,
    set: (v: V) => void,
    choices: readonly (readonly [V, string])[],
  ) => (
    <div className="segmented" role="radiogroup">
      {choices.map(([v, label]) => (
        <label key={v} className="segmented-option">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => set(v)} />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-dialog-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="export-dialog__head">
        <h2 id="export-dialog-title">{t('exportTitle')}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('close')}
        </button>
      </div>
      <section className="export-section" aria-labelledby="export-figure-title">
        <h3 id="export-figure-title">{t('figure')}</h3>
        <label className="export-field">
          <span>{t('figureTitle')}</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
        </label>
        <div className="export-field">
          <span id="export-format">{t('format')}</span>
          <div aria-labelledby="export-format">
            {radios('export-format', format, setFormat, [
              ['png', 'PNG'],
              ['svg', 'SVG'],
            ])}
          </div>
        </div>
        <div className="export-field">
          <span id="export-size">{t('size')}</span>
          <div aria-labelledby="export-size">
            {radios('export-size', size, setSize, [
              ['screen', t('sizeScreen')],
              ['slide-16-9', t('sizeSlideWide')],
              ['slide-4-3', t('sizeSlideSquare')],
            ])}
          </div>
        </div>
        {size !== 'screen' && <p className="export-hint">{t('sizeHint')}</p>}
        <div className="export-field">
          <span id="export-bg">{t('background')}</span>
          <div aria-labelledby="export-bg">
            {radios('export-bg', background, setBackground, [
              ['light', t('bgLight')],
              ['dark', t('bgDark')],
              ['transparent', t('bgTransparent')],
            ])}
          </div>
        </div>
        {background === 'transparent' && (
          <p className="export-hint">
            {t('transparentHint', { theme: pageTheme() === 'dark' ? t('themeDark') : t('themeLight') })}
          </p>
        )}
        <div className="export-checks">
          <label>
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />{' '}
            {t('includeLegend')}
          </label>
          <label>
            <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />{' '}
            {t('includeCaption')}
          </label>
          <label>
            <input type="checkbox" checked={callouts} onChange={(e) => setCallouts(e.target.checked)} />{' '}
            {t('includeCallouts')}
          </label>
          <label>
            <input type="checkbox" checked={charts} onChange={(e) => setCharts(e.target.checked)} />{' '}
            {t('includeCharts')}
          </label>
        </div>
        <div className="export-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void save()}
            disabled={status.kind === 'busy'}
          >
            {status.kind === 'busy' ? t('exporting') : t('downloadFigure', { format: format.toUpperCase() })}
          </button>
          <p className={`export-status export-status--${status.kind}`} role="status">
            {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
          </p>
        </div>
      </section>
      <TraceDownloads trace={trace} fileSuffix={fileSuffix} />
    </dialog>
  );
}
