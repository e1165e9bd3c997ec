import { describe, expect, it } from 'vitest';
import { Limiter } from './limiter';

describe('Limiter', () => {
  it('lets `limit` holders in and the next one in FIFO order when a slot frees', async () => {
    const limiter = new Limiter(2);
    const order: string[] = [];
    await limiter.acquire();
    await limiter.acquire();
    let waited = false;
    const third = limiter.acquire(() => (waited = true)).then(() => order.push('third'));
    const fourth = limiter.acquire().then(() => order.push('fourth'));
    expect(waited).toBe(true);
    limiter.release();
    await third;
    expect(order).toEqual(['third']);
    limiter.release();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });
  it('never waits with limit 0', async () => {
    const limiter = new Limiter(0);
    let waited = false;
    for (let i = 0; i < 1000; i++) await limiter.acquire(() => (waited = true));
    expect(waited).toBe(false);
  });
});
