import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Flags for a system Chromium in a container: no sandbox, no GPU, small /dev/shm, no phoning home. */
export const SYSTEM_CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Which Chromium the tests and benches drive, and why. */
export type ChromiumChoice =
  | { readonly kind: 'playwright'; readonly executablePath: string }
  | { readonly kind: 'system'; readonly executablePath: string };

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    // executablePath() throws when this Playwright version has no registry entry for the platform.
    return undefined;
  }
}

function systemChromium(): string | undefined {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'chromium'));
  return ['/usr/bin/chromium', ...onPath].find((candidate) => existsSync(candidate));
}

/**
 * Finds a Chromium: Playwright's own build when it is installed, otherwise Debian's `chromium`.
 * Throws with an install hint when neither exists.
 */
export function findChromium(): ChromiumChoice {
  const bundled = playwrightChromium();
  if (bundled) return { kind: 'playwright', executablePath: bundled };
  const system = systemChromium();
  if (system) return { kind: 'system', executablePath: system };
  throw new Error(
    'No Chromium found: run `apt-get install -y chromium` (Debian) or `npx playwright install chromium`.',
  );
}

/**
 * Launch options for `chromium.launch()` or Playwright's `use.launchOptions`.
 *
 * @example
 * const browser = await chromium.launch(chromiumLaunchOptions());
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const choice = findChromium();
  switch (choice.kind) {
    case 'playwright':
      return {};
    case 'system':
      return { executablePath: choice.executablePath, args: [...SYSTEM_CHROMIUM_ARGS] };
  }
}
