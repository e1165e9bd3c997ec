/**
 * Screenshots to look at (issue 12's done-when): every strategy, Compare and Scaling in light and dark at
 * 1440 px, in Chinese, at 768 px and in presentation mode at 1920 × 1080; then every export preset (as on screen,
 * 16:9, 4:3; PNG and SVG) of the explorer, Compare (tutorial and 100 requests) and Scaling. Prints where the PNGs
 * went. Not a test and not timed: run after `vite build`, then open the PNGs.
 *
 *   npx vite build && BENCH_PORT=4195 npx tsx bench/screens.ts [filter]
 *
 * `filter` keeps the shots whose name contains it (e.g. `export`, `zh`, `sequential`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { STRATEGIES } from '../src/strategies/catalogue';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { startPreview } from './preview';

const OUT = join(process.cwd(), 'bench', 'out', 'screens');
const IDLE = '[data-app-root][data-idle="true"]';

interface Variant {
  readonly name: string;
  readonly query: Readonly<Record<string, string>>;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The whole page, or only the viewport (a slide). */
  readonly fullPage: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: 'light', query: { theme: 'light' }, viewport: { width: 1440, height: 900 }, fullPage: true },
  { name: 'dark', query: { theme: 'dark' }, viewport: { width: 1440, height: 900 }, fullPage: true },
  {
    name: 'zh',
    query: { theme: 'light', lang: 'zh-CN' },
    viewport: { width: 1440, height: 900 },
    fullPage: true,
  },
  { name: '768', query: { theme: 'light' }, viewport: { width: 768, height: 1024 }, fullPage: true },
  {
    name: 'present',
    query: { theme: 'light', present: '1' },
    viewport: { width: 1920, height: 1080 },
    fullPage: false,
  },
];

const SCREENS: readonly { name: string; query: Readonly<Record<string, string>> }[] = [
  ...STRATEGIES.map((s) => ({ name: s.id, query: { strategy: s.id } })),
  { name: 'compare', query: { tab: 'compare' } },
  { name: 'scaling', query: { tab: 'scaling' } },
];

const url = (base: string, query: Readonly<Record<string, string>>) =>
  `${base}?${new URLSearchParams(Object.entries(query)).toString()}`;

async function open(page: Page, base: string, query: Readonly<Record<string, string>>) {
  await page.goto(url(base, query));
  await page.locator(IDLE).waitFor({ state: 'attached', timeout: 120_000 });
  if (query.tab === 'scaling') await page.locator('.scl-elapsed').waitFor({ timeout: 120_000 });
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path());
}

/** The SVG as a browser draws it, at its own size. */
async function drawSvg(browser: Browser, svg: string, path: string) {
  const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  const page = await browser.newPage({
    viewport: { width: Math.ceil(Number(w) || 800), height: Math.ceil(Number(h) || 600) },
  });
  try {
    await page.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
}

const SIZES = [
  { size: 'screen', radio: /As on screen/ },
  { size: 'slide-16-9', radio: /Slide 16:9/ },
  { size: 'slide-4-3', radio: /Slide 4:3/ },
] as const;

type Exporter = (format: 'PNG' | 'SVG', size: (typeof SIZES)[number]) => Promise<Buffer>;

/** The explorer's Export dialog: the timeline as `format` at `size`, downloaded. */
const explorerExporter =
  (page: Page): Exporter =>
  async (format, size) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the timeline' });
    await dialog.getByRole('radio', { name: size.radio }).check();
    await dialog.getByRole('radio', { name: format, exact: true }).check();
    const file = await download(page, () =>
      dialog.getByRole('button', { name: `Download ${format}` }).click(),
    );
    await page.keyboard.press('Escape');
    return file;
  };

const EXPORTS: readonly {
  name: string;
  query: Readonly<Record<string, string>>;
  exporter: (page: Page) => Exporter;
}[] = [
  {
    name: 'explorer-pool100',
    query: { strategy: 'process-pool', tasks: '100', theme: 'light' },
    exporter: explorerExporter,
  },
  {
    name: 'explorer-pitfall',
    query: { strategy: 'async-blocking', theme: 'light' },
    exporter: explorerExporter,
  },
  ...(
    [
      ['compare', { tab: 'compare', theme: 'light' }, '.cmp-results'],
      [
        'compare100',
        { tab: 'compare', c: 'sequential,process-pool,aiomultiprocess', cw: 't100', theme: 'light' },
        '.cmp-results',
      ],
      ['scaling', { tab: 'scaling', theme: 'light' }, '.scl-results'],
    ] as const
  ).map(([name, query, results]) => ({
    name,
    query,
    exporter: (page: Page) => async (format: 'PNG' | 'SVG', size: (typeof SIZES)[number]) => {
      const box = page.locator(results);
      await box.locator('.cmp-figure-size select').selectOption(size.size);
      return download(page, () => box.getByRole('button', { name: `Export ${format}` }).click());
    },
  })),
];

async function main() {
  const filter = process.argv[2] ?? '';
  await mkdir(OUT, { recursive: true });
  const preview = await startPreview(4195);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const written: string[] = [];
  try {
    for (const screen of SCREENS)
      for (const variant of VARIANTS) {
        const name = `${screen.name}-${variant.name}.png`;
        if (!name.includes(filter)) continue;
        const page = await browser.newPage({ viewport: variant.viewport });
        try {
          await open(page, preview.url, { ...screen.query, ...variant.query });
          const path = join(OUT, name);
          await page.screenshot({ path, fullPage: variant.fullPage });
          written.push(path);
        } finally {
          await page.close();
        }
      }
    for (const exp of EXPORTS) {
      if (!`export-${exp.name}`.includes(filter)) continue;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      try {
        await open(page, preview.url, exp.query);
        const take = exp.exporter(page);
        for (const size of SIZES) {
          const stem = join(OUT, `export-${exp.name}-${size.size}`);
          await writeFile(`${stem}.png`, await take('PNG', size));
          const svg = (await take('SVG', size)).toString('utf8');
          await writeFile(`${stem}.svg`, svg);
          await drawSvg(browser, svg, `${stem}.svg.png`);
          written.push(`${stem}.png`, `${stem}.svg.png`);
        }
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  console.log(`${written.length} screenshots in ${OUT}/:`);
  for (const path of written) console.log(`  ${path}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
