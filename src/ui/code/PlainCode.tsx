/**
 * Code shown plain while its highlighter or editor is still loading: the same scrolling block as the highlighted
 * one, so it is as reachable by keyboard (a scrollable region needs a tab stop) and named the same.
 */
export function PlainCode({ code, label }: { readonly code: string; readonly label: string }) {
  return (
    <pre className="code-pre" tabIndex={0} aria-label={label}>
      {code}
    </pre>
  );
}
