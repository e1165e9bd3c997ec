import type { PrismTheme } from 'prism-react-renderer';

/**
 * The syntax colours as CSS variables (defined in code.css for light and dark), so the code follows the page
 * theme without re-rendering and every colour is checked for contrast in one place.
 */
export const codeTheme: PrismTheme = {
  plain: { color: 'var(--fg)', backgroundColor: 'var(--code-bg)' },
  styles: [
    { types: ['comment', 'prolog', 'doctype'], style: { color: 'var(--code-comment)', fontStyle: 'italic' } },
    {
      types: ['keyword', 'boolean', 'important'],
      style: { color: 'var(--code-keyword)', fontWeight: '600' },
    },
    {
      types: ['string', 'char', 'triple-quoted-string', 'string-interpolation'],
      style: { color: 'var(--code-string)' },
    },
    { types: ['number', 'constant'], style: { color: 'var(--code-number)' } },
    { types: ['function', 'class-name'], style: { color: 'var(--code-function)' } },
    { types: ['builtin', 'decorator', 'annotation'], style: { color: 'var(--code-builtin)' } },
    { types: ['operator', 'punctuation'], style: { color: 'var(--code-punct)' } },
  ],
};
