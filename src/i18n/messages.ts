import type { Lang } from './lang';

/**
 * One message: a plain template, or plural forms chosen by `Intl.PluralRules` from the `count` variable.
 * Templates take `{name}` placeholders; numbers are formatted for the language (`1,234` / `1,234`).
 */
export type Message = string | PluralMessage;
export interface PluralMessage {
  readonly one?: string;
  readonly other: string;
}

/** A feature's messages: English, and Chinese with exactly the same keys (a missing one is a type error). */
export type MessageModule<K extends string = string> = {
  readonly [L in Lang]: { readonly [P in K]: Message };
};

/**
 * Declares a feature's messages. The Chinese object must have every English key and no other.
 * @example
 * export const pickerMessages = defineMessages({
 *   en: { title: 'Strategy', count: { one: '{count} task', other: '{count} tasks' } },
 *   'zh-CN': { title: '策略', count: '{count} 个任务' },
 * });
 */
export function defineMessages<const E extends Record<string, Message>>(module: {
  readonly en: E;
  readonly 'zh-CN': { readonly [P in keyof E]: Message };
}): MessageModule<Extract<keyof E, string>> {
  return module as MessageModule<Extract<keyof E, string>>;
}

/** The keys of a message module. */
export type MessageKey<M> = M extends MessageModule<infer K> ? K : never;
