import { expect, test, type Page } from '@playwright/test';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { traceExtent } from '../src/trace';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';

// Issue 12: every picture tells the truth. Each test here would have caught one way the app misled a learner.

const slider = (page: Page) => page.getByRole('slider', { name: 'Playback time' });
const panel = (page: Page) => page.locator('.python-state-panel');
const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en-US')} ms`;

test.describe('what the app shows follows the run on screen', () => {
  test('a new trace clamps the playback cursor, and the slider, chart and panel all follow at once', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, { strategy: 'async-blocking' });
    await slider(page).fill('9009');
    await expect(panel(page).locator('.py-state__at')).toHaveText(`at ${fmt(9009)}`);
    await page.getByRole('radio', { name: /asyncio \+ aiohttp/ }).check();
    const sc = defaultScenario('asyncio-gather');
    const end = traceExtent(simulateScenario({ ...sc, params: { ...sc.params, tasks: 5 } }))[1];
    await expect(page.locator('.gantt-svg .gantt-cursor')).toHaveAttribute('data-time', String(end));
    await expect(slider(page)).toHaveValue(String(end));
    await expect(panel(page).locator('.py-state__at')).toHaveText(`at ${fmt(end)}`);
    expect(errors.messages).toEqual([]);
  });

  test('switching strategy keeps the work (tasks, latency, jitter, overhead, CPU); Reset restores the defaults', async ({
    page,
  }) => {
    await gotoApp(page, { strategy: 'sequential', tasks: 100, latency: 2000, cpu: 5 });
    await page.getByRole('radio', { name: /asyncio \+ aiohttp/ }).check();
    await waitForIdle(page);
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('100');
    await expect(page.getByRole('textbox', { name: 'Endpoint latency' })).toHaveValue('2000');
    await expect(page.getByRole('textbox', { name: 'CPU per task' })).toHaveValue('5');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('5');
  });

  test('an embed keeps the work when its reader picks another strategy', async ({ page }) => {
    await gotoApp(page, { v: 1, embed: 1, controls: 'strategy,tasks', strategy: 'sequential', tasks: 40 });
    await page.getByLabel('Strategy').selectOption('thread-pool');
    await waitForIdle(page);
    await expect(page.getByRole('textbox', { name: 'Tasks' })).toHaveValue('40');
  });
});
