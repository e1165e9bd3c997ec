import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Pure layers: sim/ and trace/ run the same in Node, a worker and the page. */
const pureLayer = {
  files: ['src/sim/**/*.ts', 'src/trace/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
            message: 'sim/ and trace/ are pure: no React.',
          },
          {
            group: ['msw', 'msw/*', 'zustand', 'zustand/*', 'recharts'],
            message: 'sim/ and trace/ are pure.',
          },
          {
            group: ['**/ui/**', '**/state/**', '**/app/**', '**/live/**'],
            message: 'sim/ and trace/ may not import upper layers.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      'window',
      'document',
      'navigator',
      'localStorage',
      'self',
      'performance',
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Pass a seeded RNG in.' },
      { object: 'Date', property: 'now', message: 'Pass a clock in.' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/out',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  pureLayer,
  {
    // Specs take `test` from e2e/support/test.ts, which fails a test on any Content-Security-Policy violation.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import { test, expect } from './support/test' (it checks for CSP violations).",
            },
          ],
        },
      ],
    },
  },
);
