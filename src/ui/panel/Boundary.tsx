import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { PanelError } from './PanelError';

/** An error boundary for one part of a panel (a chart), so one failing drawing does not hide its neighbours. */
export function Boundary({
  name,
  resetKeys,
  children,
}: {
  readonly name: string;
  readonly resetKeys?: readonly unknown[];
  readonly children: ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKeys={resetKeys ? [...resetKeys] : undefined}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <PanelError panel={name} error={error} onRetry={resetErrorBoundary} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
