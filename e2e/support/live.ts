import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseTrace } from '../../src/trace/schema';
import type { Trace } from '../../src/trace/types';
import { IDLE_SELECTOR } from './app';

export interface LiveOutcome {
  readonly liveMs: number;
  readonly simMs: number;
  readonly ratio: number | null;
}

/** Clicks "Run live" and waits, without sleeping, until the run is drawn and the app is idle again. */
export async function runLiveInUi(page: Page, options: { timeout?: number } = {}): Promise<LiveOutcome> {
  const timeout = options.timeout ?? 30_000;
  await page.getByTestId('live-run').click();
  const fidelity = page.getByTestId('live-fidelity');
  await fidelity.waitFor({ timeout });
  await page.locator(IDLE_SELECTOR).waitFor({ state: 'attached', timeout });
  const raw = await fidelity.evaluate((e) => ({ ...(e as HTMLElement).dataset }));
  return {
    liveMs: Number(raw.liveMs),
    simMs: Number(raw.simMs),
    ratio: raw.ratio === undefined ? null : Number(raw.ratio),
  };
}

/** Downloads the live trace and reads it back through the app's own parser (shape, references, invariants). */
export async function downloadLiveTrace(page: Page): Promise<Trace> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('live-download').click(),
  ]);
  const path = await download.path();
  const parsed = parseTrace(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.ok) throw new Error(`live trace is not valid: ${parsed.error}`);
  expect(parsed.trace.engine).toBe('live');
  return parsed.trace;
}
