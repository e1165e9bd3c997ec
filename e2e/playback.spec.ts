import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { defaultScenario, simulateScenario } from '../src/strategies';
import { eventTimes } from '../src/trace/eventTimes';
import { pythonStateAt } from '../src/trace/pythonState';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp } from './support/app';

const slider = (page: Page) => page.getByRole('slider', { name: 'Playback time' });
const panel = (page: Page) => page.locator('.python-state-panel');

test.describe('playback', () => {
  test('scrubbing shows the running task and ready queue the trace has at that time', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const sc = defaultScenario('asyncio-gather');
    const scenario = { ...sc, params: { ...sc.params, tasks: 12, cpuMs: 100 } };
    const trace = simulateScenario(scenario);
    // A moment between two events where one task runs and at least two wait in the loop's ready queue.
    const times = [...eventTimes(trace)];
    const t = times
      .map((x, i) => (x + times[i + 1]) / 2)
      .find((x) => {
        const loop = pythonStateAt(trace, x).processes[0].runners[0];
        return loop.running !== null && loop.ready.length >= 2;
      });
    expect(t).toBeDefined();
    const expected = pythonStateAt(trace, t as number).processes[0].runners[0];

    await gotoApp(page, { strategy: 'asyncio-gather', tasks: 12, cpu: 100 });
    await expect(panel(page)).toContainText('Press play');
    await slider(page).fill(String(t));
    await expect(page.locator('.gantt-cursor')).toHaveCount(1);
    const loop = panel(page).locator('.py-runner').first();
    await expect(loop.locator('.py-chip--now')).toHaveText(`running ${expected.running?.label}`);
    const ready = loop.locator('[data-list="ready"]');
    await expect(ready.locator('.py-list__count')).toHaveText(`(${expected.ready.length})`);
    await expect(ready.locator('.py-chip')).toHaveText(expected.ready.slice(0, 5).map((x) => x.label));
    // The followed task's line of Python is highlighted: a running task is on its CPU line.
    await expect(panel(page).locator('.py-source__line--current')).toContainText('parse(text)');
    expect(errors.messages).toEqual([]);
  });

  test('keyboard: Home / End, arrows step between events, ? opens the shortcuts, Escape closes them', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    const trace = simulateScenario(defaultScenario('task-lifecycle'));
    const times = [...eventTimes(trace)];
    await gotoApp(page, { strategy: 'task-lifecycle' });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('End');
    await expect(page.locator('.gantt-cursor')).toHaveAttribute('data-time', String(times.at(-1)));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.gantt-cursor')).toHaveAttribute('data-time', String(times[1]));
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.gantt-cursor')).toHaveAttribute('data-time', '0');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Typing in a field never moves the cursor.
    await page.getByRole('textbox').first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('.gantt-cursor')).toHaveAttribute('data-time', '0');
    expect(errors.messages).toEqual([]);
  });

  test('the task-lifecycle walk-through steps through captions and moves the cursor', async ({ page }) => {
    await gotoApp(page, { strategy: 'task-lifecycle' });
    const caption = page.locator('.walkthrough__caption');
    const next = page
      .getByRole('button', { name: 'Next', exact: false })
      .and(page.locator('.walkthrough__next'));
    await expect(caption).toHaveText('Press Next to go through the run one moment at a time.');
    await next.click();
    await expect(caption).toContainText('Task 1 is created and runs; task 2 and task 3 are created: pending');
    await next.click();
    await expect(caption).toContainText('Task 1 awaits the request: it suspends; the loop runs task 2');
    await expect(page.locator('.gantt-cursor')).toHaveAttribute('data-time', '100');
    await expect(page.locator('.walkthrough__count')).toHaveText('Step 2 of 8');
    await page.getByRole('button', { name: '← Back' }).click();
    await expect(page.locator('.walkthrough__count')).toHaveText('Step 1 of 8');
  });

  test('a callout can be turned off, and predict-then-reveal marks the guess', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, { strategy: 'async-blocking', tasks: 5 });
    const callout = page.locator('.gantt-svg .gantt-callout[data-kind="loop-blocked"]');
    await expect(callout).toHaveCount(1);
    await expect(callout).toContainText('event loop blocked by a blocking call: 4 tasks ready');
    await page.locator('.playback-menu__summary').click();
    await page.getByRole('checkbox', { name: 'Event loop blocked' }).uncheck();
    await expect(callout).toHaveCount(0);

    await page.getByRole('switch', { name: 'Predict first' }).check();
    await expect(page.getByRole('heading', { name: 'How long will this take?' })).toBeVisible();
    await expect(page.locator('.gantt-svg')).toHaveCount(0);
    await page.getByLabel('Your guess').fill('abc');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByRole('alert')).toHaveText('Enter a positive number, e.g. 3 or 0.5.');
    await page.getByLabel('Your guess').fill('5');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.locator('.predict-result')).toHaveText(
      /^You guessed 5,000 ms; it took 15\.0\d s: 3× slower than you thought\.$/,
    );
    await expect(page.locator('.gantt-svg .gantt-guess')).toContainText('your guess: 5,000 ms');
    expect(errors.messages).toEqual([]);
  });

  test('the walk-through and the state panel have no serious accessibility violations', async ({ page }) => {
    test.setTimeout(90_000); // axe takes a while on a busy machine
    await gotoApp(page, { strategy: 'task-lifecycle' });
    await page.locator('.walkthrough__next').click();
    await page.locator('.walkthrough__next').click();
    await expect(page.locator('.py-state')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('the open callout menu and callouts have no serious accessibility violations', async ({ page }) => {
    test.setTimeout(90_000);
    await gotoApp(page, { strategy: 'async-blocking', tasks: 5 });
    await page.locator('.playback-menu__summary').click();
    await page.keyboard.press('End');
    await expect(page.locator('.py-state')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
