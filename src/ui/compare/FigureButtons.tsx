import { useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { pageTheme } from '../export/themeTokens';
import type { FigureFormat, FigurePart, LegendItem } from '../export/types';
import { useFigureDownload } from '../export/useFigureDownload';

export interface FigureContent {
  readonly svgs: readonly FigurePart[];
  readonly legend: readonly LegendItem[];
}

interface FigureButtonsProps {
  readonly title: string;
  readonly caption: string;
  /** File name without extension: `awaitline-compare-5x3000ms`. */
  readonly fileName: string;
  /** The charts as they are on screen when the button is pressed. */
  readonly collect: () => FigureContent | null;
  readonly disabled?: boolean;
}

/** PNG and SVG export of a screen's charts, in the page's theme, with a line saying what was saved. */
export function FigureButtons({ title, caption, fileName, collect, disabled }: FigureButtonsProps) {
  const t = useT(compareMessages);
  const { status, download } = useFigureDownload();
  const save = (format: FigureFormat) => {
    const content = collect();
    if (!content || content.svgs.length === 0) return;
    void download({ ...content, title, caption, background: pageTheme(), format }, `${fileName}.${format}`);
  };
  return (
    <span className="cmp-figure-buttons">
      <button
        type="button"
        className="button button-small"
        disabled={disabled || status.kind === 'busy'}
        onClick={() => save('png')}
      >
        {t('exportPng')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={disabled || status.kind === 'busy'}
        onClick={() => save('svg')}
      >
        {t('exportSvg')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
      </span>
    </span>
  );
}
