import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers of src/README.md, held by lint: each folder lists what it may not import. A pattern names a
 * sibling folder of src/ reached through `../` (a folder's own sub-folder of the same name is not matched).
 */
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const folder = (name, why) => ({ regex: `^(\\.\\./)+${name}(/.*)?$`, message: why });
const REACT = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'No React in this layer.' };
const LIBS = {
  group: ['msw', 'msw/*', 'zustand', 'zustand/*', 'recharts'],
  message: 'No MSW, store or charts in this layer.',
};
// Browser globals that a layer which also runs in Node (the CLI) or a worker must not touch.
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'self'];

/** `layer` may not import these folders of src/ (see src/README.md). */
const folders = (layer, names) =>
  names.map((name) => folder(name, `${layer}/ may not import ${name}/ (see src/README.md).`));

/**
 * One layer: `forbidden` holds for its code and its tests; `codeOnly` for its code alone (a test may simulate a
 * strategy to get a trace). The test helpers in trace/testing are for tests, in every layer.
 */
function layer(files, forbidden, { codeOnly = [], rules = {} } = {}) {
  const tests = files.map((f) => f.replace(/\*\.tsx?$/, '*.test.{ts,tsx}'));
  const helpers = folder('trace/testing', 'trace/testing holds helpers for tests only.');
  const restrict = (patterns) => ['error', { patterns }];
  return [
    {
      files,
      ignores: TESTS,
      rules: { ...rules, 'no-restricted-imports': restrict([...forbidden, ...codeOnly, helpers]) },
    },
    { files: tests, rules: { ...rules, 'no-restricted-imports': restrict(forbidden) } },
  ];
}

const PURE_RULES = {
  'no-restricted-globals': ['error', ...DOM_GLOBALS, 'performance'],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Pass a seeded RNG in.' },
    { object: 'Date', property: 'now', message: 'Pass a clock in.' },
  ],
};
const ABOVE_SIM = ['live', 'state', 'i18n', 'ui', 'app', 'cli'];

const layers = [
  // sim/ and trace/ are pure: the same in Node, a worker and the page; randomness and time are passed in.
  ...layer(['src/trace/**/*.ts'], [REACT, LIBS, ...folders('trace', ['sim', ...ABOVE_SIM])], {
    codeOnly: folders('trace', ['strategies']),
    rules: PURE_RULES,
  }),
  ...layer(['src/sim/**/*.ts'], [REACT, LIBS, ...folders('sim', ABOVE_SIM)], {
    codeOnly: folders('sim', ['strategies']),
    rules: PURE_RULES,
  }),
  // The catalogue is read by the Node CLI: no React, no store, no live runs, no DOM.
  ...layer(
    ['src/strategies/**/*.ts'],
    [REACT, LIBS, ...folders('strategies', ['live', 'state', 'ui', 'app', 'cli'])],
    {
      rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
    },
  ),
  ...layer(['src/live/**/*.ts'], [REACT, ...folders('live', ['state', 'ui', 'app', 'cli'])]),
  ...layer(['src/state/**/*.ts', 'src/state/**/*.tsx'], folders('state', ['ui', 'app', 'cli'])),
  // i18n sits under the store: the language reaches useT through a React context that app/ fills from it.
  ...layer(
    ['src/i18n/**/*.ts', 'src/i18n/**/*.tsx'],
    [LIBS, ...folders('i18n', ['live', 'state', 'ui', 'app', 'cli'])],
  ),
  ...layer(['src/ui/**/*.ts', 'src/ui/**/*.tsx'], folders('ui', ['app', 'cli'])),
  ...layer(['src/cli/**/*.ts'], [REACT, LIBS, ...folders('cli', ['live', 'state', 'i18n', 'ui', 'app'])], {
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  }),
];

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
  ...layers,
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
