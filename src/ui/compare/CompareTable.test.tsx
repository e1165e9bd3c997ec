// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineScenario, DEFAULT_COMPARE, entryScenario, useAppStore } from '../../state';
import { simulateScenario } from '../../strategies';
import { makespan } from '../../trace/makespan';
import { CompareTable } from './CompareTable';
import { compareRows } from './figures';

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(cleanup);

/** The tutorial's three entries, simulated like the Compare screen does. */
function tutorialRows(done = 3) {
  const { compareEntries: entries, compareWork: work, compareSeed: seed } = useAppStore.getState();
  const traces = Object.fromEntries(
    entries.slice(0, done).map((e) => [e.key, simulateScenario(entryScenario(e, work, seed))]),
  );
  const baselineMs = makespan(simulateScenario(baselineScenario(work, seed)));
  return compareRows(entries, traces, baselineMs);
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('<CompareTable>', () => {
  it('shows makespan, throughput, peak in flight and speed-up of each entry, in order', () => {
    render(<CompareTable rows={tutorialRows()} tasks={DEFAULT_COMPARE.work.tasks} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '1 One after another',
      '2 async def around requests (the pitfall)',
      '3 asyncio + aiohttp, all at once',
    ]);
    expect(cells(rows[0])).toEqual(['15.0 s', '0.333 req/s', '1', '1×']);
    expect(cells(rows[1])).toEqual(['15.0 s', '0.333 req/s', '1', '1×']);
    // 3.004 s: five sends and a read of 0.2 ms each on the loop besides the 3.003 s requests.
    expect(cells(rows[2])).toEqual(['3.00 s', '1.66 req/s', '5', '5×']);
    expect(screen.getByRole('table', { name: /for 5 requests/ })).toBeTruthy();
  });

  it('says "pending" for an entry still simulating instead of a number', () => {
    render(<CompareTable rows={tutorialRows(2)} tasks={5} />);
    const last = screen.getAllByRole('row').at(-1)!;
    expect(cells(last)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('ignores a stale trace made for another strategy', () => {
    const rows = tutorialRows();
    const { compareEntries } = useAppStore.getState();
    const stale = { [compareEntries[0].key]: rows[2].trace! };
    expect(compareRows(compareEntries, stale, null)[0].makespanMs).toBeNull();
  });
});
