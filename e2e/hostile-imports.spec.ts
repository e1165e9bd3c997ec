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

test('direction controls cannot reverse the app’s sentences: a link’s value, a file’s name, a label', async ({
  page,
}) => {
  await page.goto('./?tasks=%E2%80%AE12345abc');
  await waitForIdle(page);
  const notice = page.locator('[data-link-notices] li').first();
  await expect(notice).toHaveText('Ignored tasks=\ufffd12345abc: must be a whole number from 1 to 100,000');
  await expect(notice.locator('bdi')).toHaveText(['tasks', '\ufffd12345abc']);
  // Read in order on screen: the app's own words run left to right around the quoted value.
  const xs = await notice.evaluate((li) => {
    const at = (word: string) => {
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(word) ?? -1;
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + word.length);
          return range.getBoundingClientRect().left;
        }
      }
      return NaN;
    };
    return [at('Ignored'), at('12345abc'), at('must'), at('100,000')];
  });
  expect(xs).toEqual([...xs].sort((a, b) => a - b));

  // A trace whose label holds an override is refused by name; the file's own name is isolated in the sentence.
  const trace = {
    version: 1,
    engine: 'sim',
    scenario: defaultScenario('sequential'),
    lanes: [{ id: 'p', kind: 'process', label: 'main', parent: null }],
    tasks: [
      {
        id: 't',
        label: 'evil \u202Egnp.exe',
        lane: 'p',
        segments: [{ state: 'done', start: 0, end: 0, lane: 'p' }],
      },
    ],
    events: [],
  };
  const name = 'report\u202Enosj.json';
  await page
    .getByTestId('trace-file-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(trace)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'report\ufffdnosj.json was not opened: tasks[0].label: holds U+202E; control characters and direction controls are not allowed',
  );
  await expect(alert.locator('bdi').first()).toHaveText('report\ufffdnosj.json');
});
