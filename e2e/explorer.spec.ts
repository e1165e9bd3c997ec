import { expect, test } from './support/test';
import { STRATEGIES } from '../src/strategies';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';
import { cliMakespan, expectMakespan, makespanFigure, paramBox, paramSlider } from './support/explorer';

test.describe('the explorer', () => {
  test("every strategy runs from the picker and shows the CLI's makespan", async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    await gotoApp(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const s of STRATEGIES) {
        await page.getByRole('radio', { name: s.title }).check();
        await expect(page.getByRole('radio', { name: s.title })).toBeChecked();
        // Picking keeps the previous strategy's work; the CLI's figure is for the strategy's own defaults.
        await page.getByRole('button', { name: 'Reset to defaults' }).click();
        await expectMakespan(page, cliMakespan(s.id));
        await expect(page.locator('.timeline-strategy')).toHaveText(s.title);
        await page.screenshot({ path: testInfo.outputPath(`strategy-${s.id}-${scheme}.png`) });
      }
    }
    expect(errors.messages).toEqual([]);
  });

  test('keyboard on a slider and typing in a box both re-run the simulation', async ({ page }) => {
    await gotoApp(page, { strategy: 'asyncio-semaphore' });
    const concurrency = paramBox(page, 'Concurrency');
    await expect(concurrency).toHaveValue('3');

    await paramSlider(page, 'Concurrency').focus();
    await page.keyboard.press('ArrowRight');
    await expect(concurrency).not.toHaveValue('3');
    const k = Number(await concurrency.inputValue());
    expect(k).toBeGreaterThan(3);
    await expectMakespan(page, cliMakespan('asyncio-semaphore', { concurrency: k }));

    await paramBox(page, 'Tasks').fill('30');
    await expectMakespan(page, cliMakespan('asyncio-semaphore', { concurrency: k, tasks: 30 }));
    await expect(page).toHaveURL(/tasks=30/);
  });

  test('an out-of-range or non-numeric value shows a message and keeps the last run', async ({ page }) => {
    await gotoApp(page, { strategy: 'thread-pool' });
    const before = await makespanFigure(page).getAttribute('data-raw');
    const workers = paramBox(page, 'Workers');

    await workers.fill('0');
    await expect(workers).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Workers must be between 1 and 256.')).toBeVisible();
    await waitForIdle(page);
    await expect(makespanFigure(page)).toHaveAttribute('data-raw', before ?? '');

    await workers.fill('many');
    await expect(page.getByText('Enter a number.')).toBeVisible();
    await expect(workers).toHaveAttribute('aria-invalid', 'true');
    await expect(makespanFigure(page)).toHaveAttribute('data-raw', before ?? '');
    await expect(page.locator('.gantt-svg .gantt-row__label').first()).toBeVisible();
  });

  test('the Gantt shows a tooltip on keyboard focus and has both views', async ({ page }) => {
    await gotoApp(page, { strategy: 'asyncio-gather' });
    const chart = page.getByRole('application').first();
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('task 1');
    await expect(tooltip).toContainText(/suspended/);
    // 3 s of latency, 3 ms of network overhead and the client's CPU per request (a fraction of a ms each way).
    await expect(tooltip).toContainText(/(^|\D)0(\.\d+)? ms → 3,00\d ms/);

    const labels = page.locator('.gantt-svg .gantt-row__label');
    await expect(labels).toHaveCount(5);
    await page.getByRole('radio', { name: 'By thread / process' }).check();
    await waitForIdle(page);
    await expect(labels.first()).toContainText('MainProcess');
    await expect(labels.nth(1)).toContainText('event loop');
  });

  test('hovering a bar shows the task, state, start, end and duration', async ({ page }) => {
    await gotoApp(page, { strategy: 'sequential' });
    const svg = page.locator('svg.gantt-svg');
    const row = page.locator('.gantt-svg .gantt-row__label').nth(1);
    const rowBox = await row.boundingBox();
    const svgBox = await svg.boundingBox();
    if (!rowBox || !svgBox) throw new Error('the Gantt is not on screen');
    // task 2 is blocked from ~3 s to ~6 s of a 15 s run: hover the middle of that stretch.
    const plotLeft = svgBox.x + 150;
    const x = plotLeft + ((svgBox.width - 150 - 16) * 4.5) / 16;
    await page.mouse.move(x, rowBox.y + rowBox.height / 2);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('task 2');
    await expect(tooltip).toContainText('blocked');
    // Each blocking request: 3 s of latency, 3 ms of overhead and requests' CPU per request (1.5 ms).
    await expect(tooltip).toContainText(/3,00\d ms → 6,0\d\d ms/);
  });
});
