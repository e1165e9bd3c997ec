import { expect, test } from './support/test';
import { seriousA11yViolations } from './support/a11y';
import { gotoApp } from './support/app';
import { runLiveInUi } from './support/live';

test.describe('Live vs simulated at a glance', () => {
  test('each live task sits right above its simulated twin on one axis; the crash line is a sentence', async ({
    page,
  }) => {
    await gotoApp(page, { tab: 'live', strategy: 'asyncio-gather', tasks: 6, latency: 400, theme: 'light' });
    await runLiveInUi(page);
    const paired = page.getByTestId('paired-gantt');
    await expect(paired.getByRole('radio', { name: 'Rows paired' })).toHaveCount(0); // the toggle is above it
    await expect(page.getByRole('radio', { name: 'Rows paired' })).toBeChecked();
    const labels = await paired.locator('.gantt-row__label').allTextContents();
    expect(labels.slice(0, 4)).toEqual(['task 1 · live', 'task 1 · sim', 'task 2 · live', 'task 2 · sim']);
    expect(labels).toHaveLength(12);
    await expect(page.getByText('None: no worker process crashed.')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Two charts on request, and always by lane (lanes of a live run and a model do not pair up).
    await page.getByRole('radio', { name: 'Two charts' }).check();
    await expect(page.getByTestId('live-gantt')).toBeVisible();
    await expect(page.getByTestId('sim-gantt')).toBeVisible();
  });
});
