/**
 * Initial JS bundle size (gzip): the scripts index.html loads at start (entry + modulepreloads).
 * Budget (issue 4): ≤ 250 KB gzip. Run after `vite build`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;

export function benchBundle(dist = 'dist'): { ok: boolean; initialGzipKb: number } {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run \`npm run build\` first`);
  const html = readFileSync(indexFile, 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]);
  const size = (files: string[]) =>
    files.reduce(
      (acc, f) => {
        const buf = readFileSync(join(dist, f.replace(/^\.?\//, '')));
        return { raw: acc.raw + buf.length, gz: acc.gz + gzipSync(buf, { level: 9 }).length };
      },
      { raw: 0, gz: 0 },
    );
  const js = size(scripts);
  const styles = size(css);
  const initialGzipKb = js.gz / 1024;
  const ok = initialGzipKb <= BUDGET_KB;
  console.log('\nInitial bundle (what index.html loads before the first paint)');
  console.log(
    `  JS   ${scripts.length} file(s): ${(js.raw / 1024).toFixed(1)} KB raw, ${initialGzipKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)${ok ? '' : '  OVER BUDGET'}`,
  );
  console.log(
    `  CSS  ${css.length} file(s): ${(styles.raw / 1024).toFixed(1)} KB raw, ${(styles.gz / 1024).toFixed(1)} KB gzip`,
  );
  return { ok, initialGzipKb };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = benchBundle().ok ? 0 : 1;
}
