import { describe, expect, it } from 'vitest';
import { parseCompare } from '../../state/link/compareLink';
import { localizeCompareNotice } from './noticeText';

describe('localizeCompareNotice', () => {
  it('translates every problem parseCompare reports, keeping the link’s values', () => {
    const { notice } = parseCompare('sequential,nope,thread-pool_z9', 'q7');
    expect(notice).not.toBeNull();
    const zh = localizeCompareNotice(notice as string, 'zh-CN');
    expect(zh).toBe(
      '链接中的部分对比设置无法使用：未知策略“nope”；thread-pool 的设置“z9”无效；工作量取值“q7”无效。',
    );
  });

  it('translates the too-few and too-many cases', () => {
    const few = parseCompare('sequential', null).notice as string;
    expect(localizeCompareNotice(few, 'zh-CN')).toMatch(
      /^链接中的部分对比设置无法使用：对比至少需要 \d+ 个策略，因此显示教程中的策略。$/,
    );
    const many = parseCompare(Array(8).fill('sequential').join(','), null).notice as string;
    expect(localizeCompareNotice(many, 'zh-CN')).toMatch(/共 8 个策略，只对比前 \d+ 个/);
  });

  it('leaves English, and text it does not know, as written', () => {
    const { notice } = parseCompare('nope,sequential,thread-pool', null);
    expect(localizeCompareNotice(notice as string, 'en')).toBe(notice);
    expect(localizeCompareNotice('Something else.', 'zh-CN')).toBe('Something else.');
  });
});
