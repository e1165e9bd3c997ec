import { expect, test } from './support/test';
import { collectConsoleErrors } from './support/app';
import { denyStorageInCrossSiteFrame, frameErrors } from './support/crossSite';
import { hostDistUnderSubPath, runLive, runPython, SUB_PATH } from './support/staticHost';

// A course page on another site (127.0.0.1) embeds the app served from localhost, as a teacher would.
const host = hostDistUnderSubPath();
const { at } = host;

test.describe('embedded cross-site', () => {
  test('a course page on 127.0.0.1 embeds the app from localhost: it loads, draws and reports its height', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/parent.html'));

    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    await expect(frame.locator('.embed svg').first()).toBeVisible();
    await expect(frame.locator('.embed-summary')).toContainText(/3\.0\d s/);

    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(child).toBeDefined();
    const content = await child!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { heights: { height: number }[] }).heights.at(-1)?.height),
      )
      .toBe(content);
    const origins = await page.evaluate(() =>
      (window as unknown as { heights: { origin: string }[] }).heights.map((h) => h.origin),
    );
    expect(new Set(origins)).toEqual(new Set([at('localhost', '')]));
    expect(
      await page.locator('#awaitline').evaluate((f) => Math.round(f.getBoundingClientRect().height)),
    ).toBe(content);

    // A control still works there (the run is redone), and nothing was thrown in either frame.
    await frame.getByRole('textbox', { name: 'Endpoint latency', exact: true }).fill('1000');
    await expect(frame.locator('.embed-summary')).toContainText(/1\.0\d s/);
    await frame.locator('[data-app-root][data-idle="true"]').waitFor();
    const denied = await child!.evaluate(
      () => (window as unknown as { storageWasDenied: boolean }).storageWasDenied,
    );
    test.info().annotations.push({
      type: 'browser policy',
      description: `localStorage natively denied in the cross-site frame: ${denied}`,
    });
    expect(await frameErrors(child!)).toEqual([]);
    expect(await frameErrors(page)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  test('live mode runs in the cross-site frame without storage or a service worker, and says so', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/live-parent.html'));
    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    const ratio = await runLive(frame);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
    const report = frame.getByTestId('live-report');
    await expect(report).toContainText('without a service worker');
    await expect(report).toContainText('emulated');
    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(await frameErrors(child!)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  test('Python runs in the cross-site frame, without storage or a service worker', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = collectConsoleErrors(page);
    await denyStorageInCrossSiteFrame(page);
    await page.goto(at('127.0.0.1', '/python-parent.html'));
    const frame = page.frameLocator('#awaitline');
    await frame.locator('[data-app-root][data-idle="true"]').waitFor({ timeout: 20_000 });
    await runPython(frame);
    const child = page.frames().find((f) => f.url().startsWith(at('localhost', SUB_PATH)));
    expect(await frameErrors(child!)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});
