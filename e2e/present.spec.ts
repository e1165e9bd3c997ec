import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { seriousA11yViolations } from './support/a11y';
import { gotoApp } from './support/app';

/** Where the timeline's pieces are on a 1920 × 1080 screen, in screen px. */
async function slide(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    const gantt = box('.timeline-panel figure.gantt .gantt-scroller');
    const inFlight = box('.timeline-panel .companion-charts figure.step-chart');
    const charts = box('.timeline-panel .companion-charts');
    const label = box('.timeline-panel .gantt-row__label');
    return {
      ganttHeight: gantt?.height ?? 0,
      ganttWidth: gantt?.width ?? 0,
      inFlightBottom: inFlight?.bottom ?? Infinity,
      inFlightWidth: inFlight?.width ?? 0,
      chartsBottom: charts?.bottom ?? Infinity,
      labelHeight: label?.height ?? 0,
      extraWidth: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test.describe('Presentation mode at 1920 × 1080', () => {
  // The Gantt's least share of the screen's height: a basics scene's walk-through bar sits above its Gantt (and
  // used to push the busy-lanes chart off the slide), so its Gantt gives up that bar's height.
  const queries: readonly [Readonly<Record<string, string | number>>, number][] = [
    [{ strategy: 'sequential' }, 0.3],
    [{ strategy: 'process-pool', tasks: 100, view: 'lanes' }, 0.28],
    [{ strategy: 'done-callbacks' }, 0.2],
  ];
  for (const [query, share] of queries) {
    test(`the timeline fills the slide, labels are readable, the in-flight chart stays (${query.strategy})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await gotoApp(page, { ...query, present: 1, theme: 'light' });
      const s = await slide(page);
      // Five rows used to be a 200 px strip; now the Gantt takes what the figures and both charts leave ...
      expect(s.ganttHeight).toBeGreaterThan(1080 * share);
      // ... the in-flight chart is on the slide, under it, as wide as the Gantt (same time axis) ...
      expect(s.inFlightBottom).toBeLessThanOrEqual(1080);
      // ... and so is the busy-lanes chart under it: the whole timeline is on the slide.
      expect(s.chartsBottom).toBeLessThanOrEqual(1080);
      expect(Math.abs(s.inFlightWidth - s.ganttWidth)).toBeLessThan(4);
      // ... row labels are at least 18 px tall on screen (13 px before), and nothing sticks out sideways.
      expect(s.labelHeight).toBeGreaterThanOrEqual(18);
      expect(s.extraWidth).toBe(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});

test('presenting Compare names the tab, and the arrows do not switch a strategy out of sight', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await gotoApp(page, { tab: 'compare', strategy: 'asyncio-wait', present: 1, theme: 'light' });
  const bar = page.locator('[data-present-bar]');
  await expect(bar).toContainText('Compare');
  await expect(bar).toContainText('Esc: leave');
  await expect(bar).not.toContainText(/Strategy \d+ of|strategy ·/);
  // The slide is the results and the timelines: the entries' settings and the export buttons stay off it.
  await expect(page.locator('.cmp-side')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export PNG' })).toHaveCount(0);
  const results = await page.locator('.cmp-results').boundingBox();
  expect(results?.x ?? 999).toBeLessThan(60);
  await page.locator('body').press('ArrowRight');
  await page.locator('body').press('Escape');
  await page.getByRole('tab', { name: 'Explore' }).click();
  await expect(page.locator('.timeline-panel .timeline-strategy')).toHaveText('asyncio.wait');
});
