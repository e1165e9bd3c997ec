// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreLang, useAppStore } from '../../state';
import { simulateScenario, defaultScenario } from '../../strategies';
import { StrategyPicker } from '../picker/StrategyPicker';
import { SummaryPanel } from '../summary/SummaryPanel';
import { LangSwitch } from './LangSwitch';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.setState({ trace: simulateScenario(defaultScenario('asyncio-gather')) });
});
afterEach(cleanup);

const page = () =>
  render(
    <StoreLang>
      <LangSwitch />
      <StrategyPicker />
      <SummaryPanel />
    </StoreLang>,
  );

describe('<LangSwitch>', () => {
  it('switches the picker and the summary to Chinese and back', () => {
    page();
    expect(screen.getByText('asyncio + aiohttp, all at once')).toBeTruthy();
    expect(screen.getByText('Makespan', { selector: 'dt' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: '简体中文' }));
    expect(useAppStore.getState().lang).toBe('zh-CN');
    expect(screen.getByText('asyncio + aiohttp，一起发出')).toBeTruthy();
    expect(screen.getByText('等待 I/O', { selector: 'legend' })).toBeTruthy();
    expect(screen.getByText('总耗时', { selector: 'dt' })).toBeTruthy();
    expect(screen.getByText('5 个任务')).toBeTruthy();
    expect(screen.queryByText('Makespan')).toBeNull();
    // Each strategy's radio is named by its (now Chinese) title.
    expect(screen.getByRole('radio', { name: 'asyncio + aiohttp，一起发出' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('Waiting for I/O', { selector: 'legend' })).toBeTruthy();
    expect(screen.getByText('5 tasks')).toBeTruthy();
  });

  it('names each language in itself, with its lang attribute, as a radio group', () => {
    page();
    const zh = screen.getByRole('radio', { name: '简体中文' });
    expect(zh.closest('label')?.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('radio', { name: 'English' }).closest('label')?.getAttribute('lang')).toBe('en');
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
  });
});
