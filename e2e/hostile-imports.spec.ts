/**
 * Hostile trace files (issue 14): read, parsed and checked in the import worker, so the page stays responsive;
 * refused with a message naming the problem; a reader that crashes says so. In every case the picture on screen
 * stays as it was.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { gotoApp, waitForIdle } from './support/app';
import { defaultScenario } from '../src/strategies';

const SCENARIO = { strategy: 'asyncio-gather', tasks: 8 };

/** An Awaitline trace whose lanes form a chain, each the parent of the next (issue 14: 80,000 never settled). */
function chainFile(lanes: number): Buffer {
  const trace = {
    version: 1,
    engine: 'sim',
    scenario: defaultScenario('sequential'),
    lanes: Array.from({ length: lanes }, (_, i) => ({
      id: `l${i}`,
      kind: i === 0 ? 'process' : 'thread',
      label: `lane ${i}`,
      parent: i === 0 ? null : `l${i - 1}`,
    })),
    tasks: [],
    events: [],
  };
  return Buffer.from(JSON.stringify(trace));
}

/** Main-thread tasks longer than 200 ms since the page began (long-task timing): a figure, not an assertion. */
const stallsOver200ms = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('longtask')
      .map((e) => Math.round(e.duration))
      .filter((d) => d > 200),
  );

async function picture(page: Page) {
  return {
    gantt: await page.locator('svg.gantt-svg').first().innerHTML(),
    makespan: await page.locator('[data-raw]').first().getAttribute('data-raw'),
  };
}

test.beforeEach(async ({ page }) => {
  // Long tasks are only listed for a page that observes them from the start.
  await page.addInitScript(() =>
    new PerformanceObserver(() => {}).observe({ type: 'longtask', buffered: true }),
  );
});

test('lane chains are refused off the page: 80,000 lanes by their count, 9,000 by their depth', async ({
  page,
}) => {
  await gotoApp(page, SCENARIO);
  const before = await picture(page);
  for (const [lanes, reason] of [
    [80_000, 'lanes: 80,000 lanes; a trace holds at most 10,000'],
    [9_000, 'lanes nest at most 32 levels'],
  ] as const) {
    const file = chainFile(lanes);
    const name = `chain-${lanes}.json`;
    await page
      .getByTestId('trace-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: file });
    const alert = page.getByRole('alert').filter({ hasText: `${name} was not opened` });
    await expect(alert).toContainText(reason, { timeout: 30_000 });
    await waitForIdle(page);
    expect(await picture(page)).toEqual(before);
  }
  test.info().annotations.push({
    type: 'main-thread stalls > 200 ms (chains of 80,000 and 9,000 lanes)',
    description: JSON.stringify(await stallsOver200ms(page)),
  });
});

test('a crashed import worker is reported as such, and the picture stays', async ({ page }) => {
  // The worker's script throws as it starts: what a crash (or a worker the browser cannot start) looks like.
  await page.route(/traceFileWorker-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("reader crashed");' }),
  );
  await gotoApp(page, SCENARIO);
  const before = await picture(page);
  await page
    .getByTestId('trace-file-input')
    .setInputFiles({ name: 'fine.json', mimeType: 'application/json', buffer: chainFile(3) });
  const alert = page.getByRole('alert').filter({ hasText: 'fine.json was not opened' });
  await expect(alert).toContainText('the file reader stopped unexpectedly');
  await expect(alert).toContainText('Nothing else changed.');
  await expect(page.getByTestId('import-reading')).toHaveCount(0);
  await waitForIdle(page);
  expect(await picture(page)).toEqual(before);
});
