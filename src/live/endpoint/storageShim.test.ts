import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, ensureStorage } from './storageShim';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('createMemoryStorage', () => {
  it('behaves like Storage', () => {
    const s = createMemoryStorage();
    s.setItem('a', '1');
    s.setItem('b', '2');
    expect([s.length, s.getItem('a'), s.key(1), s.getItem('zz'), s.key(5)]).toEqual([
      2,
      '1',
      'b',
      null,
      null,
    ]);
    s.removeItem('a');
    expect(s.length).toBe(1);
    s.clear();
    expect(s.length).toBe(0);
  });
});

describe('ensureStorage', () => {
  it('installs a stand-in where localStorage is missing (a worker), once', () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    expect(ensureStorage()).toBe(true);
    localStorage.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
    expect(ensureStorage()).toBe(false);
    expect(localStorage.getItem('k')).toBe('v');
  });

  it('replaces a localStorage that throws on access (a cross-site iframe)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(ensureStorage()).toBe(true);
    expect(() => localStorage.setItem('k', 'v')).not.toThrow();
  });

  it('keeps a working localStorage', () => {
    const own = createMemoryStorage();
    own.setItem('kept', 'yes');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: own });
    expect(ensureStorage()).toBe(false);
    expect(globalThis.localStorage).toBe(own);
  });
});
