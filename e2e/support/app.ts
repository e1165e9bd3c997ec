import type { Page } from '@playwright/test';

/** The app's root carries `data-idle="true"` only once the current run and its render are complete. */
export const IDLE_SELECTOR = '[data-app-root][data-idle="true"]';

/** Query parameters for the app URL, as a string (`'strategy=gather&tasks=20'`) or a record. */
export type AppQuery = string | Readonly<Record<string, string | number | boolean>>;

function toSearch(query: AppQuery | undefined): string {
  if (query === undefined) return '';
  const params =
    typeof query === 'string'
      ? new URLSearchParams(query.replace(/^\?/, ''))
      : new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * Waits, without sleeping, until the app says the current run and its render are done.
 *
 * After a user action that starts a new run, prefer waiting for a visible change first: the root may
 * still say idle from the previous run for a moment.
 */
export async function waitForIdle(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await page.locator(IDLE_SELECTOR).waitFor({ state: 'attached', timeout: options.timeout });
}

/**
 * Opens the app (relative to `baseURL`, so it works under any sub-path) and waits until it is idle.
 *
 * @example
 * await gotoApp(page, { strategy: 'gather', tasks: 20 });
 */
export async function gotoApp(page: Page, query?: AppQuery): Promise<void> {
  await page.goto(`./${toSearch(query)}`);
  await waitForIdle(page);
}

/** What went wrong in the page: `console.error` messages and uncaught errors, in order. */
export interface ConsoleErrors {
  readonly messages: readonly string[];
}

/**
 * Records console errors and uncaught page errors from now on; call it before `gotoApp`.
 *
 * @example
 * const errors = collectConsoleErrors(page);
 * await gotoApp(page);
 * expect(errors.messages).toEqual([]);
 */
export function collectConsoleErrors(page: Page): ConsoleErrors {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    messages.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return { messages };
}
