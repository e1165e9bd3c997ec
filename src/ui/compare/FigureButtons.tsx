import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { chartsWidth, drawnNarrow, slideChartWidth } from '../export/slideWidth';
import { pageTheme } from '../export/themeTokens';
import {
  FIGURE_SIZES,
  type FigureFormat,
  type FigurePart,
  type FigureSize,
  type LegendItem,
} from '../export/types';
import { useFigureDownload } from '../export/useFigureDownload';

export interface FigureContent {
  readonly svgs: readonly FigurePart[];
  readonly legend: readonly LegendItem[];
  /** Parts flow into this many columns (Scaling's grid). */
  readonly columns?: number;
  /** The element the charts fill: narrowed while a slide is made, so the charts are drawn for the slide. */
  readonly root?: HTMLElement;
  /** How much larger than their own units a slide draws the charts (default 2: 11 px text at 22 px). */
  readonly slideTextScale?: number;
}

interface FigureButtonsProps {
  readonly title: string;
  readonly caption: string;
  /** File name without extension: `awaitline-compare-5x3000ms`. */
  readonly fileName: string;
  /** The charts as they are on screen when the button is pressed, for a figure of this size. */
  readonly collect: (size: FigureSize) => FigureContent | null;
  readonly disabled?: boolean;
}

/** PNG and SVG export of a screen's charts, in the page's theme, with a line saying what was saved. */
export function FigureButtons({ title, caption, fileName, collect, disabled }: FigureButtonsProps) {
  const t = useT(compareMessages);
  const tio = useT(traceIoMessages);
  const sizeId = useId();
  const [size, setSize] = useState<FigureSize>('screen');
  const { status, download } = useFigureDownload();
  const save = async (format: FigureFormat) => {
    const first = collect(size);
    if (!first || first.svgs.length === 0) return;
    const restore =
      size === 'screen' || !first.root
        ? () => {}
        : await drawnNarrow(
            first.root,
            () => chartsWidth((collect(size)?.svgs ?? []).map((p) => p.svg)),
            slideChartWidth(size, first.columns, first.slideTextScale),
          );
    try {
      const content = collect(size) ?? first;
      const name = size === 'screen' ? fileName : `${fileName}-${size}`;
      const { svgs, legend, columns } = content;
      await download(
        { svgs, legend, columns, title, caption, background: pageTheme(), format, size },
        `${name}.${format}`,
      );
    } finally {
      restore();
    }
  };
  return (
    <span className="cmp-figure-buttons">
      <label className="cmp-figure-size" htmlFor={sizeId}>
        <span>{tio('size')}</span>
        <select
          id={sizeId}
          value={size}
          onChange={(e) => setSize(FIGURE_SIZES.find((v) => v === e.target.value) ?? 'screen')}
        >
          <option value="screen">{tio('sizeScreen')}</option>
          <option value="slide-16-9">{tio('sizeSlideWide')}</option>
          <option value="slide-4-3">{tio('sizeSlideSquare')}</option>
        </select>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || status.kind === 'busy'}
        onClick={() => void save('png')}
      >
        {t('exportPng')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || status.kind === 'busy'}
        onClick={() => void save('svg')}
      >
        {t('exportSvg')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
      </span>
    </span>
  );
}
