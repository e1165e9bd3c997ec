import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { collectConsoleErrors, gotoApp, waitForIdle } from './support/app';

// The code panel's editor runs the learner's program on CPython (Pyodide) in a worker. One page per test:
// the interpreter loads once (seconds on a loaded machine) and the cases run one after another in it.
const GATHER = `import asyncio
import aiohttp

async def fetch(session, i):
    async with session.get('http://127.0.0.1:5000/?ms=2000') as response:
        return await response.text()

async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch(session, i) for i in range(7)))

asyncio.run(main())
print('done')
`;

async function setProgram(page: Page, source: string): Promise<void> {
  await page.locator('.python-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(source);
}

async function run(page: Page): Promise<string | null> {
  await page.getByTestId('program-run').click();
  const outcome = page.getByTestId('program-outcome');
  await outcome.waitFor({ timeout: 120_000 });
  await expect(page.getByTestId('program-run')).toBeEnabled({ timeout: 120_000 });
  return outcome.getAttribute('data-kind');
}

test('edit, run, chart; errors, refusals and a runaway program; the shared link brings the program back', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(page);
  await gotoApp(page, { strategy: 'asyncio-gather' });

  // Edit → run → the recording drawn above the simulation of the same shape, on one axis.
  await setProgram(page, GATHER);
  expect(await run(page)).toBe('drawn');
  await expect(page.getByTestId('program-output')).toHaveText('done');
  await expect(page.getByTestId('program-match')).toHaveAttribute('data-matched', 'true');
  await expect(page.getByTestId('import-banner')).toContainText('your Python, recorded');
  const fidelity = page.getByTestId('fidelity');
  await expect(fidelity).toBeVisible();
  const ratio = Number(await fidelity.getAttribute('data-ratio'));
  expect(ratio).toBeGreaterThan(0.95);
  expect(ratio).toBeLessThan(1.2);
  await expect(page.locator('.timeline-panel').getByText('fetch() 7')).toBeVisible();
  await page.screenshot({ path: 'test-results/python-run.png', fullPage: true });

  // The link carries the program: a fresh page opens it in the editor, and Run draws the same picture.
  const link = page.url();
  expect(link).toContain('code=1.');

  // A syntax error marks its line.
  await setProgram(page, 'import asyncio\n\nasync def main(:\n    pass\n');
  expect(await run(page)).toBe('syntax');
  await expect(page.getByTestId('program-outcome')).toContainText('line 3');
  await expect(page.locator('.cm-marked-line')).toHaveCount(1);

  // An exception: the traceback, the line it was raised on.
  await setProgram(page, 'def parse(text):\n    return int(text)\n\nparse("three")\n');
  expect(await run(page)).toBe('error');
  await expect(page.getByTestId('program-outcome')).toContainText('ValueError on line 2');

  // Threads cannot run here: refused before drawing, with the construct, its line and where to see it.
  await setProgram(page, 'import threading\n\nt = threading.Thread(target=print)\nt.start()\n');
  expect(await run(page)).toBe('refused');
  await expect(page.getByTestId('program-outcome')).toContainText('threading.Thread (line 3)');
  await expect(page.getByRole('button', { name: /Simulated: ThreadPoolExecutor/ })).toBeVisible();

  // A runaway loop: Stop ends it (the worker is terminated).
  await setProgram(page, 'while True:\n    pass\n');
  await page.getByTestId('program-run').click();
  await expect(page.getByTestId('program-stop')).toBeEnabled();
  await expect(page.locator('.program[data-phase="running"]')).toBeVisible({ timeout: 120_000 });
  await page.getByTestId('program-stop').click();
  await expect(page.getByTestId('program-outcome')).toHaveAttribute('data-kind', 'stopped');

  // The shared link, opened fresh.
  const other = await page.context().newPage();
  await other.goto(link);
  await waitForIdle(other);
  await expect(other.locator('.python-editor .cm-content')).toContainText(
    "session.get('http://127.0.0.1:5000/?ms=2000')",
  );
  expect(await run(other)).toBe('drawn');
  await expect(other.getByTestId('fidelity')).toBeVisible();
  await expect(other.locator('.timeline-panel').getByText('fetch() 7')).toBeVisible();
  expect(errors.messages).toEqual([]);
});
