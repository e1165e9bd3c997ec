import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { MALFORMED_LINKS } from '../src/state/link/malformedLinks';
import { defaultScenario, simulateScenario, STRATEGIES } from '../src/strategies';
import { makespan } from '../src/trace/makespan';
import type { Scenario } from '../src/trace/scenario';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, waitForIdle } from './support/app';

const makespanStat = (page: Page) => page.locator('.summary .stat[data-raw]').first();

/** The scenario a shared link names, built the way the app's defaults say. */
function sharedScenario(): Scenario {
  const d = defaultScenario('thread-pool');
  return {
    strategy: 'thread-pool',
    seed: 9,
    params: { ...d.params, tasks: 37, latencyMs: 420, jitterMs: 80, workers: 6 },
  };
}
const SHARED_QUERY = 'v=1&strategy=thread-pool&tasks=37&latency=420&jitter=80&workers=6&seed=9';

test.describe('share', () => {
  test('a shared link reproduces the trace simulated from the same scenario', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const expected = simulateScenario(sharedScenario());
    await page.goto(`./?${SHARED_QUERY}`);
    await waitForIdle(page);
    await expect(makespanStat(page)).toHaveAttribute('data-raw', String(makespan(expected)));
    await expect(makespanStat(page).locator('.stat-detail')).toContainText(`${expected.tasks.length} tasks`);
    await expect(page.locator('[data-link-notices]')).toHaveCount(0);
    expect(errors.messages).toEqual([]);
  });

  test('Copy link puts the exact scenario on the clipboard, and opening it draws the same run', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?${SHARED_QUERY}&view=lanes`);
    await waitForIdle(page);
    const raw = await makespanStat(page).getAttribute('data-raw');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe(`?${SHARED_QUERY}&view=lanes`);

    const other = await context.newPage();
    await other.goto(link);
    await waitForIdle(other);
    await expect(makespanStat(other)).toHaveAttribute('data-raw', raw ?? 'missing');
    await expect(other.getByRole('radio', { name: /By thread/ })).toBeChecked();
  });

  test('without a clipboard, Copy link shows the link selected in a field', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto('./?strategy=gather&tasks=12');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: /Copy this link/ });
    await expect(field).toBeFocused();
    expect(new URL(await field.inputValue()).search).toBe('?v=1&strategy=asyncio-gather&tasks=12');
  });

  test('malformed and hostile links open the app with a notice, never an error page', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    // Every fourth link, the script-like ones, and the long ones a server still accepts (static hosts refuse
    // request lines over ~8 KB before the page loads; the unit test reads the 100,000-character one).
    const sample = MALFORMED_LINKS.filter(
      (q, i) =>
        q.length < 8000 &&
        (i % 4 === 0 || /script|onerror|onload|javascript|proto/i.test(q) || q.length > 1000),
    );
    expect(sample.length).toBeGreaterThanOrEqual(10);
    for (const query of sample) {
      await page.goto(`./?${query}`);
      await waitForIdle(page);
      await expect(page.locator('[data-app-root]'), query.slice(0, 80)).toBeVisible();
      await expect(page.locator('[data-link-notices]'), query.slice(0, 80)).toBeVisible();
      await expect(page.locator('.timeline-panel svg').first()).toBeVisible();
      const injected = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((s) => /alert/.test(s.textContent ?? '') || /alert/.test(s.src))
          .length,
        handlers: document.querySelectorAll('[onerror], [onload], img[src="x"], b').length,
        dialogs: document.querySelectorAll('dialog[open]').length,
      }));
      expect(injected, query.slice(0, 80)).toEqual({ scripts: 0, handlers: 0, dialogs: 0 });
    }
    // A notice quotes the hostile text as text, and can be dismissed.
    await page.goto('./?strategy=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await waitForIdle(page);
    await expect(page.locator('[data-link-notices]')).toContainText(
      'Ignored strategy=<script>alert(1)</script>',
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-link-notices]')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(errors.messages).toEqual([]);
  });

  test('the embed route in an iframe reports its height to the parent page', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('./embed-demo.html');
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      const frame = page.frameLocator('iframe').nth(i);
      await frame.locator('[data-app-root][data-idle="true"]').waitFor();
      await expect(frame.locator('.gantt svg, svg').first()).toBeVisible();
      // The demo's script sets each frame's height from the messages; it matches the content.
      const content = await frame
        .locator('body')
        .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
      await expect
        .poll(() => frames.nth(i).evaluate((f) => Math.round(f.getBoundingClientRect().height)))
        .toBe(content);
    }
    // Changing a control resizes the frame again (the ResizeObserver reports every change).
    const first = page.frameLocator('iframe').first();
    const before = await frames.first().evaluate((f) => f.getBoundingClientRect().height);
    await first.getByRole('textbox', { name: 'Tasks', exact: true }).fill('12');
    await expect
      .poll(() => frames.first().evaluate((f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(before + 50);
    expect(errors.messages).toEqual([]);
  });
});

test.describe('presentation mode', () => {
  test('p enters it, arrows and Page Up/Down step through the strategies, Escape leaves', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    const ids = STRATEGIES.map((s) => s.id);
    const start = ids.indexOf('sequential');
    await page.goto('./?strategy=sequential');
    await waitForIdle(page);
    await page.keyboard.press('p');
    await expect(page.locator('[data-present-bar]')).toBeVisible();
    await expect(page.locator('.controls-panel')).toBeHidden();
    await expect(page.locator('.app-sidebar')).toBeHidden();
    await expect(page).toHaveURL(/present=1/);

    const expectStrategy = async (index: number) => {
      const s = STRATEGIES[(index + ids.length) % ids.length];
      await expect(page).toHaveURL(new RegExp(`strategy=${s.id}(&|$)`));
      await expect(page.locator('.timeline-strategy')).toHaveText(s.title);
      await waitForIdle(page);
    };
    await page.keyboard.press('ArrowRight');
    await expectStrategy(start + 1);
    await page.keyboard.press('PageDown');
    await expectStrategy(start + 2);
    await page.keyboard.press('PageUp');
    await expectStrategy(start + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectStrategy(start - 1);

    await page.keyboard.press('Escape');
    await expect(page.locator('[data-present-bar]')).toHaveCount(0);
    await expect(page.locator('.controls-panel')).toBeVisible();
    await expect(page).not.toHaveURL(/present=1/);
    expect(errors.messages).toEqual([]);
  });

  test('present=1 in a link opens it, and the button leaves it', async ({ page }) => {
    await page.goto('./?strategy=gather&present=1');
    await waitForIdle(page);
    await expect(page.locator('[data-present-bar]')).toBeVisible();
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.locator('[data-present-bar]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test('the embed route, the open embed dialog and presentation mode have no serious axe violations', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./?v=1&embed=1&controls=strategy,view,tasks,latency&strategy=thread-pool');
    await waitForIdle(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto('./?strategy=gather&tasks=abc');
    await waitForIdle(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.frameLocator('[data-embed-preview]').locator('[data-app-root][data-idle="true"]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await expect(page.locator('[data-present-bar]')).toBeVisible();
    await waitForIdle(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

test.describe('embed dialog', () => {
  test('is a modal that traps focus, previews the embed and closes on Escape', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('./?strategy=thread-pool&tasks=8');
    await waitForIdle(page);
    const opener = page.getByRole('button', { name: 'Embed' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this run in a page' });
    await expect(dialog).toBeVisible();
    const snippet = dialog.locator('[data-embed-snippet]');
    await expect(snippet).toHaveValue(
      /<iframe src="http:\/\/localhost:\d+\/\?v=1&amp;embed=1&amp;controls=tasks,latency&amp;strategy=thread-pool&amp;tasks=8&amp;lang=en"/,
    );
    await dialog.getByRole('checkbox', { name: 'Strategy' }).check();
    await dialog.getByLabel('Rows').selectOption('lanes');
    await expect(snippet).toHaveValue(
      /controls=strategy,tasks,latency&amp;strategy=thread-pool&amp;tasks=8&amp;view=lanes/,
    );
    const preview = page.frameLocator('[data-embed-preview]');
    await preview.locator('[data-app-root][data-idle="true"]').waitFor();
    await expect(preview.getByLabel('Strategy')).toHaveValue('thread-pool');

    // Tab from the last control wraps to the first one inside the dialog.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('dialog[open]') ? 'dialog' : `${el?.tagName}.${el?.className}`;
      });
      expect(where).toBe('dialog');
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(errors.messages).toEqual([]);
  });
});
