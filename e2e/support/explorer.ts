import { expect, type Locator, type Page } from '@playwright/test';
import { runCli } from '../../src/cli/run';
import { waitForIdle } from './app';

/** The makespan figure of the summary; `data-raw` holds the exact value in ms. */
export const makespanFigure = (page: Page): Locator => page.locator('.stat[data-raw]').first();

/** The makespan, in ms, that `npm run sim -- ... --json` prints for the same scenario. */
export function cliMakespan(strategy: string, flags: Record<string, number | string> = {}): number {
  const argv = [
    '--strategy',
    strategy,
    '--json',
    ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, String(v)]),
  ];
  const result = runCli(argv);
  if (result.code !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { makespanMs: number }).makespanMs;
}

/** Waits until the summary shows `ms` as the makespan and the app is idle. */
export async function expectMakespan(page: Page, ms: number): Promise<void> {
  await expect(makespanFigure(page)).toHaveAttribute('data-raw', String(ms));
  await waitForIdle(page);
}

/** The text box of a parameter (the slider shares its label). */
export const paramBox = (page: Page, label: string): Locator =>
  page.getByRole('textbox', { name: label, exact: true });
export const paramSlider = (page: Page, label: string): Locator =>
  page.getByRole('slider', { name: label, exact: true });
