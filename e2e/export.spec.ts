import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';
import { paramBox } from './support/explorer';
import AxeBuilder from '@axe-core/playwright';

const SCENARIO = { strategy: 'asyncio-gather', tasks: 5, latency: 3000, cpu: 5 };

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the timeline' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; body: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { download: dl, body: await readFile(path) };
}

/** Serious or critical accessibility violations inside `selector` (a scoped scan: the page's own is in smoke). */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe('export and import', () => {
  // Several downloads, imports and accessibility scans per test, on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('exports the timeline as PNG at 2× and as SVG with title, caption and legend', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page, SCENARIO);
    const dialog = await openExport(page);
    expect(await violationsIn(page, '.export-dialog')).toEqual([]);

    const png = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(png.download.suggestedFilename()).toBe('awaitline-asyncio-gather-5x3000ms.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const status = await dialog.getByRole('status').textContent();
    const [, w, h] = /\(([\d,]+) × ([\d,]+) px\)/.exec(status ?? '') ?? [];
    const size = pngSize(png.body);
    expect(size).toEqual({ width: Number(w.replace(/,/g, '')), height: Number(h.replace(/,/g, '')) });

    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    const svg = await download(page, () => dialog.getByRole('button', { name: 'Download SVG' }).click());
    expect(svg.download.suggestedFilename()).toBe('awaitline-asyncio-gather-5x3000ms.svg');
    const text = svg.body.toString('utf8');
    const [, svgW, svgH] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text) ?? [];
    expect(size).toEqual({ width: 2 * Number(svgW), height: 2 * Number(svgH) }); // the PNG is the SVG at 2×
    expect(text).toContain('asyncio + aiohttp, all at once'); // the title
    expect(text).toContain('N = 5 · latency 3.00 s'); // the caption
    for (const label of ['running', 'suspended', 'done', 'In flight']) expect(text).toContain(`>${label}<`);
    expect(text).not.toContain('var(--'); // colours resolved, so it renders away from the page
    expect(text).toContain('fill="#171a21"'); // the dark background

    // The SVG is well-formed and renders as an image on its own.
    const rendered = await page.evaluate(async (source) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, text);
    expect(rendered).toEqual({ w: Number(svgW), h: Number(svgH) });
    expect(errors.messages).toEqual([]);
  });

  test('round trip: Awaitline JSON and Chrome trace export, then import, give the identical trace', async ({
    page,
  }) => {
    await gotoApp(page, { strategy: 'thread-pool', tasks: 12, latency: 1000, jitter: 300 });
    const makespan = await page.locator('[data-raw]').first().getAttribute('data-raw');
    const dialog = await openExport(page);
    const json = await download(page, () => dialog.getByRole('button', { name: 'Awaitline JSON' }).click());
    expect(json.download.suggestedFilename()).toBe('awaitline-thread-pool-12x1000ms-trace.json');
    const chrome = await download(page, () =>
      dialog.getByRole('button', { name: 'Chrome trace (Perfetto)' }).click(),
    );
    const chromeJson = JSON.parse(chrome.body.toString('utf8'));
    expect(chromeJson.displayTimeUnit).toBe('ms');
    expect(
      chromeJson.traceEvents.some(
        (e: { ph: string; name: string }) => e.ph === 'M' && e.name === 'thread_name',
      ),
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Move away, so the import visibly brings the old run back.
    await gotoApp(page, { strategy: 'sequential', tasks: 3 });
    for (const [name, body] of [
      ['pool.trace.json', json.body],
      ['pool.chrome.json', chrome.body],
    ] as const) {
      await page
        .getByTestId('trace-file-input')
        .setInputFiles({ name, mimeType: 'application/json', buffer: body });
      await expect(page.getByTestId('import-banner')).toContainText(`Imported: ${name}`);
      await waitForIdle(page);
      await expect(page.locator('[data-raw]').first()).toHaveAttribute('data-raw', makespan!);
      const again = await openExport(page);
      const back = await download(page, () => again.getByRole('button', { name: 'Awaitline JSON' }).click());
      expect(JSON.parse(back.body.toString('utf8'))).toEqual(JSON.parse(json.body.toString('utf8')));
      await again.getByRole('button', { name: 'Close' }).click();
    }

    // Compare with the simulation of the same scenario: a sim trace, so the fidelity is exactly 1.
    await page.getByRole('checkbox', { name: 'Compare with simulation' }).check();
    await expect(page.getByTestId('fidelity')).toHaveAttribute('data-ratio', '1');
    await expect(page.locator('figure.gantt')).toHaveCount(2);
    expect(await violationsIn(page, '.import-banner')).toEqual([]);

    // Editing a parameter replaces the import by a simulation, and says so.
    await paramBox(page, 'Tasks').fill('4');
    await expect(
      page.getByText(/The imported trace \(pool\.chrome\.json\) was replaced by a simulation/),
    ).toBeVisible();
    await expect(page.getByTestId('import-banner')).toHaveCount(0);
  });

  test('refuses broken and foreign files with a message, and keeps the chart as it was', async ({ page }) => {
    await gotoApp(page, SCENARIO);
    const before = await page.locator('svg.gantt-svg').first().innerHTML();
    const makespan = await page.locator('[data-raw]').first().getAttribute('data-raw');
    const cases: readonly (readonly [string, string, RegExp])[] = [
      ['empty.json', '', /the file is empty/],
      ['notes.json', 'hello, world', /not valid JSON/],
      ['random.json', '{"name":"x","items":[1,2]}', /not an Awaitline trace: no "version" field/],
      ['future.json', '{"version":2,"engine":"sim"}', /unsupported trace version 2/],
      ['partial.json', '{"version":1,"engine":"sim"}', /scenario/],
      [
        'other.json',
        '{"traceEvents":[{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":1}]}',
        /not written by Awaitline/,
      ],
    ];
    for (const [name, body, reason] of cases) {
      await page
        .getByTestId('trace-file-input')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.getByRole('alert').filter({ hasText: `${name} was not opened` });
      await expect(alert).toContainText(reason);
      await expect(alert).toContainText('Nothing else changed.');
    }
    // A file over 50 MB is refused by its size, before it is read.
    const huge = test.info().outputPath('huge.json');
    await writeFile(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    await page.getByTestId('trace-file-input').setInputFiles(huge);
    await rm(huge);
    await expect(page.getByRole('alert').filter({ hasText: 'huge.json was not opened' })).toContainText(
      'the file is too large (51.0 MB; the limit is 50 MB)',
    );
    await expect(page.getByTestId('import-banner')).toHaveCount(0);
    expect(await page.locator('svg.gantt-svg').first().innerHTML()).toBe(before);
    await expect(page.locator('[data-raw]').first()).toHaveAttribute('data-raw', makespan!);
    await expect(page).toHaveURL(/strategy=asyncio-gather/);
  });

  test('accepts a file dropped on the page', async ({ page }) => {
    await gotoApp(page, { strategy: 'asyncio-semaphore', tasks: 6 });
    const dialog = await openExport(page);
    const json = await download(page, () => dialog.getByRole('button', { name: 'Awaitline JSON' }).click());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await gotoApp(page, { strategy: 'sequential', tasks: 3 });
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, json.body.toString('utf8'));
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop a trace file to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('import-banner')).toContainText('Imported: dropped.json');
    await expect(page.getByText('Drop a trace file to open it')).toHaveCount(0);
  });
});
