interface PanelErrorProps {
  /** What failed, in words: "timeline", "in-flight chart". */
  readonly panel: string;
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** What a panel shows instead of its content when that content failed to render. */
export function PanelError({ panel, error, onRetry }: PanelErrorProps) {
  return (
    <div className="panel-error" role="alert">
      <p>
        <strong>⚠ The {panel.toLowerCase()} could not be drawn.</strong>{' '}
        {error instanceof Error ? error.message : String(error)}
      </p>
      <p className="muted">The rest of the page still works; changing the scenario draws it again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
