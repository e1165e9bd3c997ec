import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { STRATEGIES } from '../src/strategies/catalogue';
import { gotoApp } from './support/app';
import { expect, test } from './support/test';

/**
 * Issue 12 item 1: callouts sit in their own band above the rows. For every strategy with callouts on, no
 * callout's pill or text (nor the guess's) intersects any bar, marker or waiting band, measured with
 * getBoundingClientRect in the page and again in the exported SVG (drawn on its own page: export strips class
 * names, so callouts are found by `data-kind` / `data-mark` and the bars by `data-bars`). The Gantt draws every
 * row's bars of one state as one path: each sub-path (bar, marker, band) is measured on its own.
 */
function overlapsIn(root: Element) {
  const labels = [
    ...root.querySelectorAll(
      '[data-kind] rect, [data-kind] text, [data-mark="guess"] rect, [data-mark="guess"] text',
    ),
  ];
  const bars: { box: DOMRect; d: string }[] = [];
  for (const path of root.querySelectorAll('[data-bars] path')) {
    for (const d of (path.getAttribute('d') ?? '').split(/(?=M)/)) {
      const piece = path.cloneNode() as SVGPathElement;
      piece.setAttribute('d', d);
      path.after(piece);
      bars.push({ box: piece.getBoundingClientRect(), d: d.slice(0, 24) });
      piece.remove();
    }
  }
  const found: string[] = [];
  for (const label of labels) {
    const a = label.getBoundingClientRect();
    for (const { box: b, d } of bars) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) found.push(`${label.textContent || label.tagName} × bar ${d}`);
    }
  }
  return { labels: labels.length, bars: bars.length, found };
}

async function exportedSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the timeline' });
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  return (await readFile(await download.path())).toString('utf8');
}

test.describe('Callouts never cover bars', () => {
  test.describe.configure({ timeout: 120_000 });

  test('in the page and in the exported SVG, for every strategy', async ({ page }) => {
    let withCallouts = 0;
    for (const { id } of STRATEGIES) {
      await gotoApp(page, { strategy: id, theme: 'light', tasks: 5 });
      const dom = await page.locator('figure.gantt svg.gantt-svg').first().evaluate(overlapsIn);
      expect(dom.bars, id).toBeGreaterThan(0);
      expect(dom.found, `${id}: callouts over bars in the page`).toEqual([]);
      if (dom.labels === 0) continue;
      withCallouts++;
      const svg = await exportedSvg(page);
      const sheet = await page.context().newPage();
      await sheet.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
      const out = await sheet.locator('body > svg').evaluate(overlapsIn);
      await sheet.close();
      expect(out.labels, `${id}: the export has its callouts`).toBe(dom.labels);
      expect(out.found, `${id}: callouts over bars in the exported SVG`).toEqual([]);
    }
    expect(withCallouts).toBeGreaterThan(4);
  });
});
