import { describe, expect, it } from 'vitest';
import { parseCompare } from '../../state/link/compareLink';
import { compareNoticeText } from './linkProblemText';

const noticeOf = (c: string | null, cw: string | null) => parseCompare(c, cw).notice ?? [];

describe('compareNoticeText', () => {
  it('words every problem parseCompare reports in both languages, keeping the link’s values', () => {
    const notice = noticeOf('sequential,nope,thread-pool_z9', 'q7');
    expect(compareNoticeText(notice, 'en')).toBe(
      'Part of the link’s comparison could not be used: unknown strategy “nope”; bad setting “z9” for thread-pool; bad work value “q7”.',
    );
    expect(compareNoticeText(notice, 'zh-CN')).toBe(
      '链接中的部分对比设置无法使用：未知策略“nope”；thread-pool 的设置“z9”无效；工作量取值“q7”无效。',
    );
  });

  it('words the too-few and too-many cases', () => {
    expect(compareNoticeText(noticeOf('sequential', null), 'zh-CN')).toBe(
      '链接中的部分对比设置无法使用：对比至少需要 2 个策略，因此显示教程中的策略。',
    );
    expect(compareNoticeText(noticeOf(Array(8).fill('sequential').join(','), null), 'en')).toMatch(
      /only the first 6 of 8 strategies are compared/,
    );
  });
});
