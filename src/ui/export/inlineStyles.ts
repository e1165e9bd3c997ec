/**
 * A standalone copy of an on-page `<svg>`: every element's computed presentation (colours resolved from CSS
 * variables under the chosen theme, fonts, strokes) written as SVG presentation attributes (`fill="…"`), so
 * the copy looks the same in a file, an `<img>` or a slide, away from the page's style sheets. Attributes, not
 * `style`: under the app's Content-Security-Policy (`style-src 'self'`) every `setAttribute('style')` is a
 * violation report, 1,320 of them per export.
 */
import type { FigureTheme } from './themeTokens';
import { themeTokens } from './themeTokens';

/** The properties that decide how SVG content looks. */
const PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
  'color',
] as const;

/** Only where it matters: a clone that differs from SVG's own default gets the property. */
const DEFAULTS: Partial<Record<(typeof PROPS)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'fill-rule': 'nonzero',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'paint-order': 'normal',
  'shape-rendering': 'auto',
};

/** Things that belong to the live page, not to a picture: focus rings, hover cursors, active dots. */
const TRANSIENT =
  '.gantt-focus-ring, .step-chart__cursor, .recharts-tooltip-cursor, .recharts-active-dot, title, desc';

/**
 * A host off screen that carries the theme's variables, in which clones are styled and measured.
 * Returns it with a `dispose` that removes it.
 */
export function themedHost(theme: FigureTheme, doc: Document = document) {
  const host = doc.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;contain:layout style';
  for (const [name, value] of themeTokens(theme, doc)) host.style.setProperty(name, value);
  host.style.colorScheme = theme;
  // The Gantt's own variables (--g-*) hang on `.gantt`: the wrapper gives the clones the same ancestry.
  const wrapper = doc.createElement('figure');
  wrapper.className = 'gantt';
  wrapper.style.margin = '0';
  host.append(wrapper);
  doc.body.append(host);
  return { wrapper, dispose: () => host.remove() };
}

/** A chart's own background, left out on a transparent figure. */
const BACKGROUNDS = '.gantt-svg__bg, .gantt-axis__bg';

/**
 * Clones `svg` into `wrapper`, inlines its computed styles and returns the standalone clone; `transparent`
 * drops the chart's own background, `exclude` removes what matches those selectors.
 */
export function inlineClone(
  svg: SVGSVGElement,
  wrapper: HTMLElement,
  transparent = false,
  exclude: readonly string[] = [],
): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const el of clone.querySelectorAll([TRANSIENT, ...exclude].join(', '))) el.remove();
  const backgrounds = new Set(transparent ? clone.querySelectorAll(BACKGROUNDS) : []);
  wrapper.append(clone);
  const all = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  const styles = all.map((el) => getComputedStyle(el));
  // Read every style before writing any, so the browser lays out once.
  const decls = styles.map((cs) =>
    PROPS.flatMap((p) => {
      const value = cs.getPropertyValue(p);
      return value === '' || value === DEFAULTS[p] ? [] : [[p, value] as const];
    }),
  );
  const upper = styles.map((cs) => cs.getPropertyValue('text-transform') === 'uppercase');
  all.forEach((el, i) => {
    el.removeAttribute('style');
    for (const [name, value] of backgrounds.has(el) ? [['fill', 'none'] as const] : decls[i])
      el.setAttribute(name, value);
    for (const name of ['fill', 'stroke'])
      if (el.getAttribute(name)?.includes('var(')) el.removeAttribute(name);
    // Not every SVG reader knows CSS text-transform or var(): write what they mean.
    if (upper[i] && el.tagName === 'text') el.textContent = (el.textContent ?? '').toUpperCase();
    el.removeAttribute('class');
    for (const attr of [...el.attributes])
      if (attr.name.startsWith('aria-') || attr.name === 'tabindex' || attr.name === 'role')
        el.removeAttribute(attr.name);
  });
  clone.remove();
  return clone;
}
