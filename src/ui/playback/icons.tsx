/** Small transport icons drawn in SVG (symbol fonts are missing on many systems), sized by the text. */
const paths = {
  previous: 'M3 2h2v12H3zM14 2v12L6 8z',
  next: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
} as const;

export function TransportIcon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg
      className="playback-icon"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
