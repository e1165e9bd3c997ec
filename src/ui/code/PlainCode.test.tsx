// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlainCode } from './PlainCode';

afterEach(cleanup);

describe('<PlainCode>', () => {
  it('is a named tab stop, as axe asks of a scrollable region (scrollable-region-focusable), like the highlighted block', () => {
    render(<PlainCode code={'async def main():\n    ...'} label="The Python of asyncio.gather" />);
    const block = screen.getByLabelText('The Python of asyncio.gather');
    expect(block.tagName).toBe('PRE');
    expect(block.tabIndex).toBe(0);
    expect(block.textContent).toBe('async def main():\n    ...');
  });
});
