import { usePlaceholder } from '../chunks/placeholders';

/**
 * Code shown plain while its highlighter or editor is still loading: the same scrolling block as the highlighted
 * one, so it is as reachable by keyboard (a scrollable region needs a tab stop) and named the same. It is a
 * placeholder: the idle signal waits for what replaces it.
 */
export function PlainCode({ code, label }: { readonly code: string; readonly label: string }) {
  usePlaceholder();
  return (
    <pre className="code-pre" tabIndex={0} aria-label={label}>
      {code}
    </pre>
  );
}
