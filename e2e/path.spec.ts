import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoApp, waitForIdle } from './support/app';

/** Serious or critical axe findings in the path's own UI (the chapter bar, or the embedded chapter). */
async function pathViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test.describe('The guided path through the tutorial', () => {
  test('starts at blocking requests with predict-first on, and Next chapter walks the tutorial in order', async ({
    page,
  }) => {
    await gotoApp(page, { theme: 'light' });
    await page.getByRole('button', { name: 'Follow the tutorial, chapter by chapter' }).click();
    const bar = page.locator('.chapter-bar');
    await expect(bar).toHaveAttribute('data-chapter', 'blocking');
    await expect(bar.getByRole('heading')).toHaveText('Blocking: one request after another');
    await expect(bar).toContainText('Chapter 1 of 10');
    await expect(page.getByText('How long will this take?')).toBeVisible();
    await expect(page).toHaveURL(/chapter=blocking/);
    expect(await pathViolations(page, '.chapter-bar')).toEqual([]);

    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await bar.getByRole('button', { name: /Next chapter/ }).click();
      order.push((await bar.getAttribute('data-chapter')) ?? '');
    }
    expect(order).toEqual([
      'processes',
      'coroutines',
      'callbacks',
      'wait',
      'pitfall',
      'aiohttp',
      'hundred-one',
      'hundred-many',
      'aiomultiprocess',
    ]);
    await expect(bar).toContainText('You have reached the end of the path.');
    await expect(page.getByRole('radio', { name: /aiomultiprocess/ })).toBeChecked();
    await expect(page.getByText('How long will this take?')).toBeVisible();
  });

  test('a chapter has its own link, in English and in Chinese, and says so when the learner wanders off', async ({
    page,
  }) => {
    await gotoApp(page, { chapter: 'pitfall', theme: 'dark' });
    const bar = page.locator('.chapter-bar');
    await expect(bar.getByRole('heading')).toHaveText('The pitfall: async def around requests');
    await expect(page.getByRole('radio', { name: /async def around requests/ })).toBeChecked();
    expect(await pathViolations(page, '.chapter-bar')).toEqual([]);
    const link = await bar.getByRole('link', { name: 'Link to this chapter' }).getAttribute('href');
    expect(link).toContain('chapter=pitfall');

    await page.getByRole('radio', { name: /One after another/ }).check();
    await expect(bar).toContainText('You changed the strategy, so this is no longer chapter 6.');
    await bar.getByRole('button', { name: 'Back to chapter 6' }).click();
    await expect(page.getByRole('radio', { name: /async def around requests/ })).toBeChecked();

    await gotoApp(page, { chapter: 'aiohttp', lang: 'zh-CN' });
    await expect(bar.getByRole('heading')).toHaveText('aiohttp：会 await 的请求');
    await expect(bar).toContainText('第 7 章，共 10 章');
    await expect(bar.getByRole('button', { name: /下一章/ })).toBeVisible();
  });

  test('a teacher embeds one chapter, with playback, the panel, a walk-through step and no callouts', async ({
    page,
  }) => {
    await page.goto('./?embed=1&chapter=coroutines&show=playback,panel&step=3&callouts=0&lang=en');
    await waitForIdle(page);
    await expect(page.locator('.embed-chapter h2')).toHaveText('A coroutine and its task');
    await expect(page.locator('.playback-bar')).toBeVisible();
    await expect(page.locator('.python-state-panel')).toBeVisible();
    await expect(page.locator('.walkthrough__caption')).toHaveAttribute('data-step', '3');
    await expect(page.locator('.gantt-callouts *')).toHaveCount(0);
    expect(await pathViolations(page, '.embed-chapter')).toEqual([]);
  });
});
