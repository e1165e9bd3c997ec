import { describe, expect, it } from 'vitest';
import { detectLang, langBelongsInUrl, langFromNavigator, langFromSearch, parseLang } from './lang';

describe('parseLang', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
  ])('reads %s as %s', (tag, lang) => expect(parseLang(tag)).toBe(lang));

  it.each(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-CN', 'fr', 'de-DE', '', '<script>', 'zhx'])(
    'does not speak %s',
    (tag) => expect(parseLang(tag)).toBeNull(),
  );
});

describe('language detection', () => {
  it('takes the first browser language it speaks', () => {
    expect(langFromNavigator(['zh-CN', 'en'])).toBe('zh-CN');
    expect(langFromNavigator(['fr-FR', 'zh-Hans', 'en'])).toBe('zh-CN');
    expect(langFromNavigator(['fr-FR', 'en-US', 'zh'])).toBe('en');
    expect(langFromNavigator(['zh-TW', 'fr'])).toBe('en');
    expect(langFromNavigator([])).toBe('en');
    expect(langFromNavigator(undefined)).toBe('en');
  });

  it('prefers the link over the browser, and ignores a language it does not speak', () => {
    expect(detectLang('?strategy=thread-pool&lang=zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detectLang('?lang=en', ['zh-CN'])).toBe('en');
    expect(detectLang('?lang=fr', ['zh-CN'])).toBe('zh-CN');
    expect(detectLang('?lang=%3Cscript%3E', ['en'])).toBe('en');
    expect(detectLang('', ['zh-SG'])).toBe('zh-CN');
    expect(langFromSearch('?lang=zh-hans')).toBe('zh-CN');
  });

  it('keeps English out of the URL only when the browser would choose English anyway', () => {
    expect(langBelongsInUrl('en', 'en')).toBe(false);
    expect(langBelongsInUrl('zh-CN', 'en')).toBe(true);
    expect(langBelongsInUrl('zh-CN', 'zh-CN')).toBe(true);
    expect(langBelongsInUrl('en', 'zh-CN')).toBe(true);
  });
});
