/**
 * The `test` every spec uses: Playwright's, plus an automatic check that the page (and every frame in it)
 * raised no Content-Security-Policy violation. The built app ships a strict CSP (index.html); a violation means
 * something was blocked (an inline style, an eval, a foreign request), so the test fails and names it.
 * Lint makes specs import `test` from here.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const found: string[] = [];
      await context.exposeBinding(
        '__awaitlineCspViolation',
        (_source, text: string) => void found.push(text),
      );
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => {
          const report = (globalThis as unknown as { __awaitlineCspViolation?: (text: string) => void })
            .__awaitlineCspViolation;
          report?.(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      await use(found);
      expect(found, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
