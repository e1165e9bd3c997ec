import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { gotoApp } from './support/app';

// Issue 12 item 8: the Reveal button was white on white (light) and near-black on near-black (dark) because no
// test opened the predict gate. Every state of every panel goes through axe here, in both themes.

/** Serious and critical axe violations inside `scope`, one readable line each. */
async function violations(page: Page, scope: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(scope).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`every panel state passes axe (${theme})`, () => {
    test.setTimeout(180_000); // axe takes a while on a busy machine

    test('predict gate, its error, the revealed guess', async ({ page }) => {
      await gotoApp(page, { strategy: 'sequential', theme });
      await page.getByRole('switch', { name: 'Predict first' }).check();
      const reveal = page.getByRole('button', { name: 'Reveal' });
      await expect(reveal).toBeVisible();
      // The button must stand out from the panel behind it, not only pass axe's ratio on its own text.
      const [bg, panelBg] = await reveal.evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(el.closest('.panel') ?? document.body).backgroundColor,
      ]);
      expect(bg).not.toBe(panelBg);
      expect(await violations(page, '.timeline-panel')).toEqual([]);
      await page.getByLabel('Your guess').fill('abc');
      await reveal.click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page, '.timeline-panel')).toEqual([]);
      await page.getByLabel('Your guess').fill('5');
      await reveal.click();
      await expect(page.locator('.predict-result')).toBeVisible();
      expect(await violations(page, '.timeline-panel')).toEqual([]);
    });

    test('walk-through with the state panel, and a field error', async ({ page }) => {
      await gotoApp(page, { strategy: 'task-lifecycle', theme });
      await page.locator('.walkthrough__next').click();
      await page.locator('.walkthrough__next').click();
      await expect(page.locator('.py-state')).toBeVisible();
      await page.getByRole('textbox', { name: 'Tasks' }).fill('abc');
      await expect(page.locator('.param-error').first()).not.toBeEmpty();
      expect(await violations(page, 'main')).toEqual([]);
    });

    test('the shortcuts, export and embed dialogs', async ({ page }) => {
      await gotoApp(page, { strategy: 'thread-pool', theme });
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page, 'dialog[open]')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Export the timeline' })).toBeVisible();
      expect(await violations(page, 'dialog[open]')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Embed' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page, 'dialog[open]')).toEqual([]);
    });
  });
}
