import { describe, expect, it } from 'vitest';
import { GilBroker } from './gilBroker';

function broker() {
  const log: string[] = [];
  const gil = new GilBroker<string>(
    (to) => log.push(`grant ${to}`),
    (holder) => log.push(`yield ${holder}`),
  );
  return { gil, log };
}

describe('GilBroker', () => {
  it('grants a free GIL at once and asks the holder to yield when someone waits', () => {
    const { gil, log } = broker();
    gil.acquire('a');
    gil.acquire('b');
    gil.acquire('c');
    expect(log).toEqual(['grant a', 'yield a']);
    gil.release('a');
    expect(log).toEqual(['grant a', 'yield a', 'grant b', 'yield b']);
    gil.release('b');
    expect(log.slice(4)).toEqual(['grant c']);
  });
  it('ignores a release from a thread that does not hold it, and forgets a dead thread', () => {
    const { gil, log } = broker();
    gil.acquire('a');
    gil.acquire('b');
    gil.release('b');
    gil.drop('a');
    expect(log).toEqual(['grant a', 'yield a', 'grant b']);
  });
});
