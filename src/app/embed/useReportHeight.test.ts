import { describe, expect, it } from 'vitest';
import { parentOrigin } from './useReportHeight';

describe('parentOrigin', () => {
  it("posts to the parent's origin where the browser tells it, else to any", () => {
    expect(parentOrigin(['https://course.example'], '')).toBe('https://course.example');
    expect(parentOrigin([], 'https://lms.example/week/3?x=1')).toBe('https://lms.example');
    expect(parentOrigin(undefined, '')).toBe('*');
    expect(parentOrigin(['null'], 'about:blank')).toBe('*');
  });
});
