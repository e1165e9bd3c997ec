import { Highlight } from 'prism-react-renderer';
import { codeTheme } from './codeTheme';
import { CopyButton } from './CopyButton';
import './code.css';

/** The languages the code panels show: the Python program, and the JavaScript twin live mode runs. */
export type SourceLanguage = 'python' | 'javascript';

interface SourceCodeProps {
  readonly code: string;
  /** The accessible name of the scrolling code block. */
  readonly label: string;
  readonly language: SourceLanguage;
}

/** Source code, highlighted, with line numbers and a copy button. */
export function SourceCode({ code, label, language }: SourceCodeProps) {
  return (
    <div className="code" data-language={language}>
      <CopyButton text={code} className="code-copy" />
      <Highlight code={code.trimEnd()} language={language} theme={codeTheme}>
        {({ className, style, tokens, getLineProps, getTokenProps }) => (
          <pre className={`code-pre ${className}`} style={style} tabIndex={0} aria-label={label}>
            <code>
              {tokens.map((line, i) => (
                <span key={i} {...getLineProps({ line, className: 'code-line' })}>
                  <span className="code-lineno" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span>
                    {line.map((token, key) => (
                      <span key={key} {...getTokenProps({ token })} />
                    ))}
                    {'\n'}
                  </span>
                </span>
              ))}
            </code>
          </pre>
        )}
      </Highlight>
    </div>
  );
}
