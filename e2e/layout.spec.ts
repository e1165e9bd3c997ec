import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { gotoApp } from './support/app';

/** Widths a course page, a laptop and a projector give the app. */
const WIDTHS = [768, 1024, 1280, 1440, 1920] as const;

const SCREENS = [
  { name: 'Explore', query: {} },
  { name: 'Explore, 100 tasks by lane', query: { tasks: 100, view: 'lanes', strategy: 'process-pool' } },
  { name: 'Compare (tutorial)', query: { tab: 'compare' } },
  {
    name: 'Compare (100 requests)',
    query: { tab: 'compare', c: 'sequential,process-pool,aiomultiprocess', cw: 't100' },
  },
  { name: 'Scaling', query: { tab: 'scaling' } },
  { name: 'Live', query: { tab: 'live' } },
] as const;

/** What sticks out past the window's right edge: the page's extra width, and the visible controls cut off. */
async function overflow(page: Page): Promise<{ extra: number; clipped: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('button, select, input, a, h2, h3')]
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((node) => `${node.tagName.toLowerCase()} "${(node.textContent ?? '').trim().slice(0, 30)}"`);
    return { extra: document.documentElement.scrollWidth - width, clipped };
  });
}

test.describe('No horizontal overflow from 768 to 1920 px', () => {
  for (const screen of SCREENS) {
    test(`${screen.name}: the page is never wider than the window and no control is cut off`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await gotoApp(page, { ...screen.query, theme: 'light' });
        expect(await overflow(page), `${screen.name} at ${width} px`).toEqual({ extra: 0, clipped: [] });
      }
    });
  }

  test('Compare in lane view with one axis per chart still fits at 768 px', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 900 });
    await gotoApp(page, { tab: 'compare', c: 'sequential,process-pool,aiomultiprocess', cw: 't100' });
    await page.getByRole('radio', { name: 'By thread / process' }).check();
    await page.getByRole('radio', { name: 'One per chart' }).check();
    expect(await overflow(page)).toEqual({ extra: 0, clipped: [] });
  });
});
