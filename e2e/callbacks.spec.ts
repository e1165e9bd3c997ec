import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp } from './support/app';

// Issue 12 item 4: done-callbacks are work on the loop. CPython hands each callback to loop.call_soon when its
// task finishes (Future.__schedule_callbacks); it runs on the loop's thread and holds it while it runs.

const trace = simulateScenario(defaultScenario('done-callbacks'));
const cb = trace.events.find((e) => e.kind === 'callback' && e.task === 't2');
const mid = Math.round(((cb?.time ?? 0) + (cb?.end ?? 0)) / 2);
const slider = (page: Page) => page.getByRole('slider', { name: /Playback time|回放时间/ });
const panel = (page: Page) => page.locator('.python-state-panel');

/**
 * The rows a Gantt path draws in: the Gantt draws every row's bars of one state as one path (one sub-path per
 * bar, each starting with an absolute `M x y`), in the rows' coordinates.
 */
async function rowsOf(page: Page, selector: string): Promise<number[]> {
  const gantt = page.locator('figure.gantt').first();
  const rowHeight = Number(await gantt.getAttribute('data-row-height'));
  const d = (await gantt.locator(`.gantt-svg .gantt-bars ${selector}`).first().getAttribute('d')) ?? '';
  return [...d.matchAll(/M[-\d.]+ ([-\d.]+)/g)].map((m) => Math.floor(Number(m[1]) / rowHeight));
}

test.describe('done-callbacks run on the loop', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the loop runs task 2's callback: a bar on the loop, named in the panel, its line lit (${theme})`, async ({
      page,
    }, info) => {
      const errors = collectConsoleErrors(page);
      await gotoApp(page, { strategy: 'done-callbacks', view: 'lanes', theme });
      await slider(page).fill(String(mid));
      const loop = panel(page).locator('.py-runner').first();
      await expect(loop.locator('.py-runner__now')).toHaveAttribute('data-state', 'callback');
      await expect(loop.getByRole('button', { name: 'running the done-callback for task 2' })).toBeVisible();
      await expect(panel(page).locator('.py-state__note')).toHaveText(
        'the done-callback for task 2 runs on the loop here',
      );
      await expect(panel(page).locator('.py-source__line--current')).toContainText('task.result()');
      await expect(panel(page).locator('.py-process__gil strong')).toHaveText('the done-callback for task 2');
      // One striped bar per callback, all on the loop's lane row, and its diamond there.
      const loopRow = Number(
        await page
          .locator('.gantt-svg .gantt-row--lane')
          .filter({ hasText: 'event loop' })
          .getAttribute('data-row'),
      );
      await expect(page.locator('.gantt-svg .gantt-bar--callback path').first()).toBeVisible();
      expect(await rowsOf(page, '.gantt-bar--callback path')).toEqual(trace.tasks.map(() => loopRow));
      expect(new Set(await rowsOf(page, '.gantt-mark--callback'))).toEqual(new Set([loopRow]));
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`done-callbacks-${theme}.png`), fullPage: true });
      expect(errors.messages).toEqual([]);
    });
  }

  test('in Chinese, the panel names the callback and the task view draws it after its task', async ({
    page,
  }) => {
    await gotoApp(page, { strategy: 'done-callbacks', lang: 'zh-CN' });
    await slider(page).fill(String(mid));
    // The task's own label may be translated too ("任务 2"); the sentence around it is Chinese either way.
    await expect(panel(page).locator('.py-state__note')).toHaveText(
      /^(task 2|任务 2) 的完成回调在这里、在事件循环上运行$/,
    );
    await expect(
      panel(page).getByRole('button', { name: /^正在运行 (task 2|任务 2) 的完成回调$/ }),
    ).toBeVisible();
    const rows = page.locator('.gantt-svg .gantt-row--task');
    await expect(rows).toHaveCount(trace.tasks.length);
    // One callback bar on each task's row.
    expect(await rowsOf(page, '.gantt-bar--callback path')).toEqual(trace.tasks.map((_, i) => i));
  });
});
