import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/**
 * Runs a Node benchmark the way production code runs: bundled by esbuild (no tsx transform wrappers in hot
 * closures), in a fresh `node --expose-gc` so each timed run can start from a collected heap.
 * Returns whether it exited 0 (every figure within budget).
 */
export async function runBundled(entry: string): Promise<boolean> {
  const outfile = `bench/out/${entry.replace(/^bench\//, '').replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    packages: 'bundle',
  });
  try {
    execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}
