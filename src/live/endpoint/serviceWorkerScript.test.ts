import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// public/mockServiceWorker.js is a copy of the installed msw's script; msw checks their versions at start and
// a stale copy can break mocking, so an msw upgrade must fail here until the copy is refreshed (see README).
describe('public/mockServiceWorker.js', () => {
  it('is the installed msw version of the script', () => {
    const installed = readFileSync(
      createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'),
      'utf8',
    );
    const committed = readFileSync(new URL('../../../public/mockServiceWorker.js', import.meta.url), 'utf8');
    expect(committed.match(/PACKAGE_VERSION = '(.+)'/)?.[1]).toBe(
      installed.match(/PACKAGE_VERSION = '(.+)'/)?.[1],
    );
    expect(committed === installed).toBe(true);
  });
});
