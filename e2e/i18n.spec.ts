import { expect, test } from './support/test';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';

const GATHER_ZH = 'asyncio + aiohttp，一起发出';
const GATHER_EN = 'asyncio + aiohttp, all at once';

test.describe('languages', () => {
  // axe over the whole explorer takes a while on a small shared machine.
  test.describe.configure({ timeout: 90_000 });
  test('a ?lang=zh-CN link opens in Simplified Chinese; the switch goes back to English and updates the URL', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, 'strategy=asyncio-gather&lang=zh-CN');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('radio', { name: GATHER_ZH })).toBeChecked();
    await expect(page.locator('.picker-title', { hasText: GATHER_ZH })).toBeVisible();
    await expect(page.locator('dt', { hasText: '总耗时' })).toBeVisible();
    await expect(page.locator('dt', { hasText: '加速比' })).toBeVisible();
    await expect(page.getByText('5 个任务', { exact: true })).toBeVisible();
    await expect(page.getByText('原理', { exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('label[lang="en"]').click();
    await expect(page).not.toHaveURL(/lang=/);
    await expect(page).toHaveURL(/strategy=asyncio-gather/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.picker-title', { hasText: GATHER_EN })).toBeVisible();
    await expect(page.locator('dt', { hasText: 'Makespan' })).toBeVisible();
    await waitForIdle(page);
    expect(errors.messages).toEqual([]);
  });

  test.describe('in a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });

    test('starts in Chinese without a lang parameter, and a switch to English is kept in the URL', async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await gotoApp(page, 'strategy=thread-pool');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('dt', { hasText: '吞吐量' })).toBeVisible();

      await page.locator('label[lang="en"]').click();
      await expect(page).toHaveURL(/lang=en/);
      await expect(page.locator('dt', { hasText: 'Throughput' })).toBeVisible();

      // The link now says English, so a reload (or a shared copy) opens in English in this browser too.
      await page.reload();
      await waitForIdle(page);
      await expect(page.locator('dt', { hasText: 'Throughput' })).toBeVisible();
      expect(errors.messages).toEqual([]);
    });
  });

  test('a language the app does not speak is ignored, not an error', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, 'lang=%3Cimg%20src%3Dx%3E');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('dt', { hasText: 'Makespan' })).toBeVisible();
    expect(errors.messages).toEqual([]);
  });
});
