/**
 * The page's CSS custom properties (colours, fonts) as they are under a given theme, read from the loaded
 * style sheets: `:root` rules, then `:root[data-theme="<theme>"]` rules on top. A figure can then be drawn in
 * the light or dark palette whatever theme the page shows, and stays in step with the CSS.
 */
export type FigureTheme = 'light' | 'dark';

function rulesOf(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return [...sheet.cssRules];
  } catch {
    return []; // A cross-origin sheet cannot be read; the app has none, an embedding page might.
  }
}

const normalise = (selector: string) => selector.replace(/\s+/g, '').replace(/'/g, '"');

/** @example themeTokens('dark').get('--state-running') // "#ff7a33" */
export function themeTokens(theme: FigureTheme, doc: Document = document): Map<string, string> {
  const base = new Map<string, string>();
  const themed = new Map<string, string>();
  const wanted = `:root[data-theme="${theme}"]`;
  const visit = (rules: CSSRule[]) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        const selectors = rule.selectorText.split(',').map(normalise);
        const target = selectors.includes(':root') ? base : selectors.includes(wanted) ? themed : null;
        if (target === null) continue;
        for (const name of [...rule.style])
          if (name.startsWith('--')) target.set(name, rule.style.getPropertyValue(name).trim());
      } else if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('prefers-color-scheme')) {
        // The system-theme rules mirror the explicit ones; they must not leak into the chosen palette.
        continue;
      } else if ('cssRules' in rule) {
        visit([...(rule as CSSGroupingRule).cssRules]);
      }
    }
  };
  for (const sheet of doc.styleSheets) visit(rulesOf(sheet));
  for (const [name, value] of themed) base.set(name, value);
  return base;
}

/** The theme the page shows now (the `data-theme` attribute, else the system preference). */
export function pageTheme(doc: Document = document): FigureTheme {
  const attr = doc.documentElement.dataset.theme;
  if (attr === 'dark' || attr === 'light') return attr;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
