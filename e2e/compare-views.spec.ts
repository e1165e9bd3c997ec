import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoApp } from './support/app';

const HUNDRED = { tab: 'compare', c: 'sequential,process-pool,aiomultiprocess', cw: 't100' } as const;

/** The last tick label of each small multiple's time axis. */
const lastTicks = (page: Page) =>
  page
    .locator('.cmp-multiple')
    .evaluateAll((charts) =>
      charts.map(
        (c) => [...c.querySelectorAll('svg.gantt-axis-sticky .gantt-axis__label')].at(-1)?.textContent ?? '',
      ),
    );

test.describe('Compare: lane view and per-chart time axes', () => {
  test('the shared axis is the default and says so; one per chart gives each run its own', async ({
    page,
  }) => {
    await gotoApp(page, HUNDRED);
    await expect(page.getByRole('radio', { name: 'Shared (same scale)' })).toBeChecked();
    await expect(page.getByRole('heading', { name: /on one time axis/i })).toBeVisible();
    await expect(page.locator('[data-axis-note="shared"]')).toHaveText(/Same scale for every chart/);
    const shared = await lastTicks(page);
    expect(new Set(shared).size, `shared ticks ${shared.join(' | ')}`).toBe(1);

    await page.getByRole('radio', { name: 'One per chart' }).check();
    await expect(page.getByRole('heading', { name: /its own time axis/i })).toBeVisible();
    await expect(page.locator('[data-axis-note="own"]')).toHaveText(/compare shapes/);
    const own = await lastTicks(page);
    // 300 s, 84 s and 6.5 s runs: three different axis ends, the shortest in seconds, not hundreds of them.
    expect(new Set(own).size, `own ticks ${own.join(' | ')}`).toBe(3);
    expect(own[2]).toMatch(/^\d(\.\d+)? s$/);
  });

  test('the lane view shows a 100-task process pool as its processes, not 8 of 100 task rows', async ({
    page,
  }) => {
    await gotoApp(page, HUNDRED);
    const pool = page.locator('.cmp-multiple[data-entry-index="1"]');
    await expect(pool.locator('figure.gantt')).toHaveAttribute('data-view', 'tasks');
    await page.getByRole('radio', { name: 'By thread / process' }).check();
    await expect(pool.locator('figure.gantt')).toHaveAttribute('data-view', 'lanes');
    await expect(pool.locator('.gantt-row__label', { hasText: 'ForkPoolWorker-4' })).toHaveCount(1);
    const results = await new AxeBuilder({ page }).include('.cmp-timelines').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
