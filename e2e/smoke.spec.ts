import { expect, test } from './support/test';
import { seriousA11yViolations } from './support/a11y';
import { collectConsoleErrors, gotoApp } from './support/app';

test.describe('smoke', () => {
  test('the built app opens and settles without console or page errors', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await gotoApp(page);
    await expect(page).toHaveTitle(/Awaitline/);
    expect(errors.messages).toEqual([]);
  });

  test('the settled app has no serious or critical accessibility violations', async ({ page }) => {
    await gotoApp(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
