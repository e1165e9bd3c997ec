import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import type { Message, MessageModule } from './messages';
import { ALL_MESSAGES } from './messages/index';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
const texts = (message: Message): string[] =>
  typeof message === 'string'
    ? [message]
    : [message.other, ...(message.one === undefined ? [] : [message.one])];
const placeholders = (message: Message) =>
  [...new Set(texts(message).flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1])))].sort();

const isModule = (value: unknown): value is MessageModule =>
  typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value;

// Every module, wherever it lives: the shared folder, and any feature's own `messages.ts`.
const shared = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true });
const features = import.meta.glob<Record<string, unknown>>(['../**/messages.ts', '!./messages.ts'], {
  eager: true,
});
const found = Object.entries({ ...shared, ...features }).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, MessageModule] => isModule(entry[1]))
    .map(([name, module]) => [`${path} ${name}`, module] as const),
);

describe.each(found)('%s', (_name, module) => {
  it('has the same keys in every language', () => {
    const keys = Object.keys(module.en).sort();
    for (const lang of LANGS) expect(Object.keys(module[lang]).sort()).toEqual(keys);
  });

  it('has no empty or blank text', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(module[lang])) {
        for (const text of texts(message)) expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, message] of Object.entries(module.en)) {
      expect(placeholders(module['zh-CN'][key]), key).toEqual(placeholders(message));
    }
  });
});

describe('message registry', () => {
  it('finds the feature modules', () => {
    expect(found.length).toBeGreaterThanOrEqual(Object.keys(ALL_MESSAGES).length);
  });

  it('lists every module of src/i18n/messages in ALL_MESSAGES', () => {
    const registered = new Set(Object.values(ALL_MESSAGES));
    for (const [path, exports] of Object.entries(shared)) {
      if (path.endsWith('/index.ts')) continue;
      for (const value of Object.values(exports)) {
        if (isModule(value)) expect(registered.has(value), `${path} is not in ALL_MESSAGES`).toBe(true);
      }
    }
  });
});
