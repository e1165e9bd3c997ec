import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { gotoApp } from './support/app';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const SIZES = [
  { size: 'screen', label: /As on screen/, png: null },
  { size: 'slide-16-9', label: /Slide 16:9/, png: { width: 1920, height: 1080 } },
  { size: 'slide-4-3', label: /Slide 4:3/, png: { width: 1440, height: 1080 } },
] as const;

async function saved(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path());
}

/**
 * Draws an exported SVG on its own page and returns the pairs of text boxes that overlap, the texts that fall
 * off the figure, and the smallest text height (px at the figure's own size). Text a chart's crop hides is left out.
 */
async function textReport(page: Page, svg: string) {
  const sheet = await page.context().newPage();
  try {
    await sheet.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
    return await sheet.evaluate(() => {
      const root = document.querySelector('body > svg')!;
      const frame = root.getBoundingClientRect();
      type Box = { text: string; x0: number; y0: number; x1: number; y1: number };
      const boxes: Box[] = [];
      for (const node of root.querySelectorAll('text')) {
        const text = (node.textContent ?? '').trim();
        if (text === '' || node.closest('title, desc, defs')) continue;
        let r = node.getBoundingClientRect();
        let [x0, y0, x1, y1] = [r.left, r.top, r.right, r.bottom];
        // Clip by every nested chart the text sits in (a cropped Gantt hides the rows outside its band): a
        // rect over a chart's viewBox measures the window it shows.
        for (
          let svg = node.parentElement?.closest('svg');
          svg && svg !== root;
          svg = svg.parentElement?.closest('svg')
        ) {
          const vb = svg.viewBox.baseVal;
          if (!vb || vb.width === 0) continue;
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          for (const [k, v] of Object.entries({ x: vb.x, y: vb.y, width: vb.width, height: vb.height }))
            probe.setAttribute(k, String(v));
          svg.append(probe);
          r = probe.getBoundingClientRect();
          probe.remove();
          [x0, y0, x1, y1] = [
            Math.max(x0, r.left),
            Math.max(y0, r.top),
            Math.min(x1, r.right),
            Math.min(y1, r.bottom),
          ];
        }
        if (x1 - x0 < 1 || y1 - y0 < 1) continue;
        boxes.push({ text, x0, y0, x1, y1 });
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > 1 && h > 2) overlaps.push(`"${a.text}" × "${b.text}"`);
        }
      const outside = boxes
        .filter(
          (b) =>
            b.x0 < frame.left - 1 ||
            b.y0 < frame.top - 1 ||
            b.x1 > frame.right + 1 ||
            b.y1 > frame.bottom + 1,
        )
        .map((b) => b.text);
      // The smallest type inside the charts, in px on the figure (a font size times the chart's scale).
      let minChartText = Infinity;
      for (const node of root.querySelectorAll('svg svg text')) {
        if ((node.textContent ?? '').trim() === '' || node.closest('defs')) continue;
        const box = node.getBoundingClientRect();
        if (box.width < 1 || box.bottom < frame.top || box.top > frame.bottom) continue;
        const size =
          parseFloat(getComputedStyle(node).fontSize) * ((node as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
        minChartText = Math.min(minChartText, size);
      }
      return { overlaps, outside, count: boxes.length, minChartText };
    });
  } finally {
    await sheet.close();
  }
}

/** Checks one preset's PNG size and its SVG's text, made by `exportAs(format)`. */
async function checkPreset(
  page: Page,
  preset: (typeof SIZES)[number],
  exportAs: (format: 'PNG' | 'SVG') => Promise<void>,
) {
  const svg = (await saved(page, () => exportAs('SVG'))).toString('utf8');
  const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  const png = pngSize(await saved(page, () => exportAs('PNG')));
  if (preset.png) {
    expect(png, preset.size).toEqual(preset.png);
    expect({ width: Number(w), height: Number(h) }).toEqual(preset.png);
  } else {
    expect(png).toEqual({ width: 2 * Math.round(Number(w)), height: 2 * Math.round(Number(h)) });
    // The 100-request Compare used to export all 100 rows of every chart: 2160 × 14208 px.
    expect(png.height).toBeLessThan(6000);
  }
  const report = await textReport(page, svg);
  expect(report.count).toBeGreaterThan(10);
  expect(report.overlaps, `${preset.size}: overlapping text`).toEqual([]);
  expect(report.outside, `${preset.size}: text off the figure`).toEqual([]);
  return { svg, minChartText: report.minChartText };
}

async function pickSize(select: Locator, size: string) {
  await select.selectOption(size);
}

test.describe('Export presets: sizes, and no text on top of other text', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the timeline, from the export dialog', async ({ page }) => {
    await gotoApp(page, { strategy: 'process-pool', tasks: 100, theme: 'light' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the timeline' });
    const ganttWidth = () => page.locator('svg.gantt-svg').first().getAttribute('width');
    const before = await ganttWidth();
    for (const preset of SIZES) {
      await dialog.getByRole('radio', { name: preset.label }).check();
      const { svg, minChartText } = await checkPreset(page, preset, async (format) => {
        await dialog.getByRole('radio', { name: format, exact: true }).check();
        await dialog.getByRole('button', { name: `Download ${format}` }).click();
      });
      // A slide's charts are drawn for it: row labels, ticks and callouts read from the back of a room (they
      // were 11–12 px × 1.25 = 14–15 px).
      if (preset.png) expect(minChartText, `${preset.size}: smallest chart text`).toBeGreaterThanOrEqual(21);
      // A chart that shows some of its 100 rows says which.
      expect(/Showing rows 1–\d+ of 100\./.test(svg), 'the rows shown are stated').toBe(true);
    }
    // The page's chart gets its width back once a slide has been drawn.
    await expect.poll(ganttWidth).toBe(before);
  });

  const compares: readonly { name: string; query: Readonly<Record<string, string>> }[] = [
    { name: 'tutorial', query: { tab: 'compare' } },
    {
      name: '100 requests',
      query: { tab: 'compare', c: 'sequential,process-pool,aiomultiprocess', cw: 't100' },
    },
  ];
  for (const compare of compares) {
    test(`Compare (${compare.name})`, async ({ page }) => {
      await gotoApp(page, { ...compare.query, theme: 'light' });
      const results = page.locator('.cmp-results');
      for (const preset of SIZES) {
        await pickSize(results.locator('.cmp-figure-size select'), preset.size);
        const { minChartText } = await checkPreset(page, preset, (format) =>
          results.getByRole('button', { name: `Export ${format}` }).click(),
        );
        // The tutorial's three timelines sit two by two on a wide slide, with type at 22 px and more.
        if (compare.name === 'tutorial' && preset.size === 'slide-16-9')
          expect(minChartText, 'smallest chart text').toBeGreaterThanOrEqual(21);
      }
    });
  }

  test('Scaling, as a grid with its sentences and legend', async ({ page }) => {
    await gotoApp(page, { tab: 'scaling', theme: 'light' });
    const results = page.locator('.scl-results');
    const sentence = (await page.locator('.scl-sentence').first().textContent()) ?? '';
    for (const preset of SIZES) {
      await pickSize(results.locator('.cmp-figure-size select'), preset.size);
      const { svg } = await checkPreset(page, preset, (format) =>
        results.getByRole('button', { name: `Export ${format}` }).click(),
      );
      // Three columns: the figure is wider than tall, and the first sentence's opening words are in it.
      const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
      expect(Number(w)).toBeGreaterThan(Number(h));
      expect(svg).toContain(sentence.split(' ').slice(0, 3).join(' '));
    }
  });
});
