import { gotoApp } from './support/app';
import { expect, test } from './support/test';

/** Issue 12 item 16, the small ones a browser is needed for. */
test.describe('Small ones', () => {
  test("the state panel's code excerpt wraps long lines instead of cutting them (1280 px, where the panel sits beside the chart)", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await gotoApp(page, { strategy: 'asyncio-gather', lang: 'zh-CN' });
    // A cursor on a running task's line: `async with session.get(...) as response:  # await: …` is long.
    await page.locator('body').press('End');
    const excerpt = page.locator('.py-source').first();
    await expect(excerpt).toBeVisible();
    const { scroll, client, lines } = await excerpt.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      lines: [...el.querySelectorAll('.py-source__line')].map((l) => l.textContent ?? ''),
    }));
    expect(
      lines.some((l) => l.length > 60),
      'a long line is in view',
    ).toBe(true);
    expect(scroll).toBeLessThanOrEqual(client + 1);
  });
});
