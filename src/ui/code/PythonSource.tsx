import { SourceCode } from './SourceCode';

export { SourceCode } from './SourceCode';

/** Python source, highlighted, with line numbers and a copy button. */
export function PythonSource({ code, label }: { readonly code: string; readonly label: string }) {
  return <SourceCode code={code} label={label} language="python" />;
}
