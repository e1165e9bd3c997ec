/**
 * exportFigure: on-page charts (`<svg>` elements: the Gantt, Recharts charts) → one standalone, presentation
 * figure as SVG or PNG, with a title, a caption and a legend, on a light, dark or transparent background.
 */
import { plainText } from '../../trace';
import { composeFigure, type ComposedPart } from './compose';
import { inlineClone, themedHost } from './inlineStyles';
import { rasterize } from './rasterize';
import { pageTheme, themeTokens, type FigureTheme } from './themeTokens';
import type { Figure, FigureOptions, FigurePart } from './types';

const FALLBACK_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  return { width, height };
}

/** The palette a figure is drawn in. */
export function figureTheme(
  options: Pick<FigureOptions, 'background' | 'theme'>,
  doc: Document = document,
): FigureTheme {
  if (options.theme) return options.theme;
  return options.background === 'transparent' ? pageTheme(doc) : options.background;
}

/** The figure as SVG text, and its size in CSS pixels. */
export function figureSvg(
  options: FigureOptions,
  doc: Document = document,
): { text: string; width: number; height: number } {
  const theme = figureTheme(options, doc);
  const tokens = themeTokens(theme, doc);
  const transparent = options.background === 'transparent';
  const { wrapper, dispose } = themedHost(theme, doc);
  try {
    const parts: ComposedPart[] = options.svgs.map((entry) => {
      const part: FigurePart = 'svg' in entry ? entry : { svg: entry };
      return {
        ...part,
        ...sizeOf(part.svg),
        svg: inlineClone(part.svg, wrapper, transparent, options.exclude),
      };
    });
    const legend = (options.legend ?? []).map((item) => ({
      ...item,
      color: item.color?.replace(/^var\((--[\w-]+)\)$/, (whole, name: string) => tokens.get(name) ?? whole),
      swatchClone: item.swatch ? inlineClone(item.swatch, wrapper) : undefined,
    }));
    const { svg, width, height } = composeFigure(doc, {
      size: options.size,
      columns: options.columns,
      title: options.title,
      caption: options.caption,
      parts,
      legend,
      palette: {
        fg: tokens.get('--fg') ?? (theme === 'dark' ? '#e7e9ee' : '#16181d'),
        muted: tokens.get('--muted') ?? (theme === 'dark' ? '#9aa3b2' : '#5a6170'),
        background: transparent
          ? null
          : (tokens.get('--panel') ?? (theme === 'dark' ? '#171a21' : '#ffffff')),
        font: tokens.get('--font') ?? FALLBACK_FONT,
      },
    });
    // The serializer writes the one namespace declaration; copies from the page must not repeat it.
    for (const nested of svg.querySelectorAll('[xmlns]')) nested.removeAttribute('xmlns');
    const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = options.caption ? `${options.title}: ${options.caption}` : options.title;
    svg.prepend(title);
    // Characters XML forbids (a label holding U+0000) make the file unreadable and the PNG undecodable; direction
    // controls cannot be isolated in SVG text. Both can only sit in text and attribute values: drop them.
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${plainText(new XMLSerializer().serializeToString(svg))}`;
    return { text, width, height };
  } finally {
    dispose();
  }
}

/**
 * @example
 * const { blob } = await exportFigure({
 *   svgs: [ganttSvg, { svg: inFlightSvg, label: 'In flight' }],
 *   title: 'asyncio.gather', caption: 'N = 5 · latency 3.00 s · seed 1',
 *   legend: [{ label: 'running', color: 'var(--state-running)' }],
 *   background: 'dark', format: 'png',
 * });
 */
export async function exportFigure(options: FigureOptions): Promise<Figure> {
  const { text, width, height } = figureSvg(options);
  if (options.format === 'svg') return { blob: new Blob([text], { type: 'image/svg+xml' }), width, height };
  const scale = options.scale ?? pngScale(options.size);
  return { blob: await rasterize(text, width, height, scale), width, height };
}

/** A screen-size PNG is drawn at 2× (crisp on a retina slide); a slide preset at 1×, so 1920 × 1080 is the file's size. */
export function pngScale(size: FigureOptions['size']): number {
  return size === undefined || size === 'screen' ? 2 : 1;
}

/** Saves a blob as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
