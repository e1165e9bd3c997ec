import { useState } from 'react';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { exportFigure, pngScale, saveBlob } from './exportFigure';
import type { FigureOptions } from './types';

export type FigureStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/** Makes and saves a figure, and says how it went (for an `aria-live` line). */
export function useFigureDownload() {
  const t = useT(traceIoMessages);
  const [status, setStatus] = useState<FigureStatus>({ kind: 'idle' });
  const download = async (options: FigureOptions, fileName: string) => {
    setStatus({ kind: 'busy' });
    try {
      const figure = await exportFigure(options);
      saveBlob(figure.blob, fileName);
      const scale = options.format === 'png' ? (options.scale ?? pngScale(options.size)) : 1;
      setStatus({
        kind: 'done',
        text: t('exported', {
          file: fileName,
          width: Math.round(figure.width * scale),
          height: Math.round(figure.height * scale),
        }),
      });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  return { status, download };
}
