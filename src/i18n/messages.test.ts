import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import type { Message, MessageModule } from './messages';
import { ALL_MESSAGES } from './messages/index';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : [message.other, ...(message.one === undefined ? [] : [message.one])];
const placeholders = (message: Message) =>
  [...new Set(texts(message).flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1])))].sort();

// import.meta.glob sees modules that were created but not registered in ALL_MESSAGES.
const files = import.meta.glob<Record<string, unknown>>('./messages/*.ts', { eager: true });

describe.each(Object.entries(ALL_MESSAGES))('messages/%s', (_name, module: MessageModule) => {
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
  it('lists every module in src/i18n/messages', () => {
    const registered = new Set(Object.values(ALL_MESSAGES));
    for (const [path, exports] of Object.entries(files)) {
      if (path.endsWith('/index.ts')) continue;
      for (const value of Object.values(exports)) {
        if (value && typeof value === 'object' && 'en' in value && 'zh-CN' in value) {
          expect(registered.has(value as MessageModule), `${path} is not in ALL_MESSAGES`).toBe(true);
        }
      }
    }
  });
});
