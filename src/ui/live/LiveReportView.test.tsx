// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveReport } from '../../live/types';
import { defaultScenario, simulateScenario } from '../../strategies';
import { LiveReportView } from './LiveReportView';

afterEach(cleanup);

const report = (patch: Partial<LiveReport>): LiveReport => ({
  trace: { ...simulateScenario(defaultScenario('task-lifecycle')), engine: 'live' },
  network: 'service-worker',
  networkReason: null,
  realBlocking: true,
  freeze: { count: 0, totalMs: 0, longestMs: 0 },
  pageCpuMs: 0,
  failedRequests: 0,
  timedOut: 0,
  crashedWorkers: 0,
  spawnMs: [],
  clockSkewMs: 0,
  calibration: {},
  cancelled: false,
  ...patch,
});

describe('<LiveReportView>', () => {
  it('blames a frozen page on the program only when it did CPU work on the page’s thread', () => {
    const freeze = { count: 2, totalMs: 400, longestMs: 210 };
    render(<LiveReportView report={report({ freeze, pageCpuMs: 600 })} />);
    expect(screen.getByTestId('live-report').textContent).toContain(
      'CPU work on the page’s own thread froze the page',
    );
    cleanup();
    render(<LiveReportView report={report({ freeze, pageCpuMs: 0 })} />);
    const text = screen.getByTestId('live-report').textContent;
    expect(text).not.toContain('CPU work on the page’s own thread froze the page');
    expect(text).toContain('The program did no CPU work on the page’s thread');
  });

  it('says when blocking calls were emulated because there was no service worker', () => {
    render(
      <LiveReportView
        report={report({
          network: 'in-thread',
          networkReason: 'the browser refused a service worker here',
          realBlocking: false,
        })}
      />,
    );
    const text = screen.getByTestId('live-report').textContent;
    expect(text).toContain('without a service worker — the browser refused a service worker here');
    expect(text).toContain('emulated');
  });
});
