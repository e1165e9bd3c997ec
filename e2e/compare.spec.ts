import { expect, test } from './support/test';
import { baselineScenario, COMPARE_PRESETS, defaultPool, entryScenario } from '../src/state/compareModel';
import { simulateScenario } from '../src/strategies';
import { makespan } from '../src/trace/makespan';
import { formatDuration } from '../src/ui/summary/format';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';

/** The makespans the tutorial preset must show, simulated here with the app's own simulator. */
const tutorial = COMPARE_PRESETS.find((p) => p.id === 'tutorial')!;
const expected = tutorial.strategies.map((strategy) =>
  makespan(simulateScenario(entryScenario({ strategy, pool: defaultPool(strategy) }, tutorial.work, 1))),
);

test.describe('Compare and Scaling', () => {
  test('the tutorial preset shows ≈15 s, ≈15 s and ≈3 s, in that order, and they survive a reload', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/tab=compare/);
    // Change something first, so the preset click is a real change that starts a new run.
    await page.getByRole('button', { name: /100 requests/ }).click();
    await expect(page.locator('.cmp-table tbody tr')).toHaveCount(3);
    await expect(page.locator('.cmp-table tbody tr').nth(1)).toHaveAttribute('data-strategy', 'process-pool');
    await waitForIdle(page, { timeout: 60_000 });
    await page.getByRole('button', { name: /The tutorial/ }).click();
    await expect(page.locator('.cmp-table tbody tr').nth(1)).toHaveAttribute(
      'data-strategy',
      'async-blocking',
    );
    await waitForIdle(page, { timeout: 60_000 });

    const rows = page.locator('.cmp-table tbody tr');
    await expect(rows.locator('th')).toHaveText([
      /One after another/,
      /async def around requests/,
      /asyncio \+ aiohttp/,
    ]);
    const shown = await rows.locator('td[data-col="makespan"]').allTextContents();
    expect(shown).toEqual(expected.map((ms) => formatDuration(ms)));
    expect(expected[0]).toBeGreaterThan(14_900);
    expect(expected[0]).toBeLessThan(15_200);
    expect(expected[2]).toBeGreaterThan(2_900);
    expect(expected[2]).toBeLessThan(3_200);
    const raw = await rows
      .locator('td[data-col="makespan"]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-raw'))));
    expect(raw[2]).toBeLessThan(raw[0]);
    expect(raw[2]).toBeLessThan(raw[1]);
    // Speed-up against sequential on the same work: ≈ 5× for asyncio-gather.
    const baseline = makespan(simulateScenario(baselineScenario(tutorial.work, 1)));
    await expect(rows.nth(2).locator('td[data-col="speedup"]')).toHaveText(
      `${Number((baseline / expected[2]).toPrecision(3))}×`,
    );
    // One Gantt per entry, on one axis: all three end at the same tick.
    await expect(page.locator('.cmp-multiple figure.gantt')).toHaveCount(3);
    // The makespan bars carry their values as labels.
    for (const ms of expected)
      await expect(page.locator('.cmp-bars').getByText(formatDuration(ms)).first()).toBeVisible();

    // The whole comparison exports as one figure.
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    expect((await png).suggestedFilename()).toBe('awaitline-compare-5x3000ms.png');

    // The comparison lives in the link.
    await expect(page).toHaveURL(/c=sequential,async-blocking,asyncio-gather/);
    await page.reload();
    await waitForIdle(page, { timeout: 60_000 });
    await expect(page.locator('.cmp-table tbody td[data-col="makespan"]')).toHaveText(
      expected.map((ms) => formatDuration(ms)),
    );
    expect(errors.messages).toEqual([]);
  });

  test('one playback drives a cursor on every chart of the comparison', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, { tab: 'compare', c: 'sequential,async-blocking,asyncio-gather', cw: 't5' });
    await expect(page.locator('.cmp-multiple figure.gantt')).toHaveCount(3);
    const scrub = page.locator('.cmp-multiples').getByRole('slider', { name: /time|scrub/i });
    await scrub.focus();
    // Step to the next event from the start: the first response (≈ 3 s) is an event of every run.
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.locator('.cmp-multiples').getByRole('button', { name: /next/i }).click();
    const cursors = page.locator('.cmp-multiple .gantt-svg .gantt-cursor');
    await expect(cursors).toHaveCount(3);
    const times = await cursors.evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('data-time'))));
    expect(new Set(times).size).toBe(1);
    expect(times[0]).toBeGreaterThan(0);
    expect(errors.messages).toEqual([]);
  });

  test('a malformed comparison link falls back with a visible notice', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, 'tab=compare&c=sequential,warp-drive,thread-pool_w9999');
    await expect(page.getByRole('status').filter({ hasText: /warp-drive/ })).toBeVisible();
    await expect(page.locator('.cmp-table tbody tr')).toHaveCount(2);
    expect(errors.messages).toEqual([]);
  });

  test('the tab bar works with the arrow keys', async ({ page }) => {
    await gotoApp(page);
    await page.getByRole('tab', { name: 'Explore' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Compare' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Explore' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).not.toHaveURL(/tab=/);
  });

  test('Scaling computes its curves in a worker and says what they show', async ({ page }) => {
    test.setTimeout(180_000);
    const errors = collectConsoleErrors(page);
    await gotoApp(page, 'tab=scaling');
    await waitForIdle(page, { timeout: 170_000 });
    const sections = page.locator('.scl-section');
    await expect(sections).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const section = sections.nth(i);
      // Two charts (makespan, throughput), each with a line per strategy and a dot per point.
      await expect(section.locator('.recharts-line')).not.toHaveCount(0);
      expect(await section.locator('.recharts-line-dot, .recharts-dot').count()).toBeGreaterThan(10);
      await expect(section.locator('.scl-sentence')).not.toBeEmpty();
    }
    await expect(sections.nth(0).locator('.scl-sentence')).toContainText('100,000 tasks');
    // The default sweep's asyncio + aiohttp curve lies under the thread pool's: the chart says so.
    await expect(sections.nth(0).locator('[data-hidden-curve="asyncio-gather"]')).toContainText(
      'is drawn under ThreadPoolExecutor',
    );
    // Hovering a chart shows the values.
    const chart = sections.nth(0).locator('.recharts-wrapper').first();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await expect(page.locator('.scl-tooltip').first()).toBeVisible();
    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    expect((await svg).suggestedFilename()).toBe('awaitline-scaling.svg');
    expect(errors.messages).toEqual([]);
  });
});
