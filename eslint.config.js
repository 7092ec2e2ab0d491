// Lint: typescript-eslint and eslint-plugin-svelte, plus the layering of src/ (docs/architecture.md).
// Each folder of src/lib may import only the folders listed for it in LAYERS, all of which sit below it,
// so no import cycle between folders can exist (type imports included: no-restricted-imports sees them).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** folder → the folders it may import (besides itself). Keep docs/architecture.md in step. */
const LAYERS = {
  util: [],
  i18n: ['util'],
  protocol: ['i18n', 'util'],
  connections: ['i18n', 'util'],
  providers: ['protocol', 'connections', 'i18n', 'util'],
  diagnostics: ['providers', 'protocol', 'connections', 'i18n', 'util'],
  conversation: ['providers', 'connections', 'i18n', 'util'],
  compare: ['conversation', 'providers', 'connections', 'i18n', 'util'],
  render: ['conversation', 'connections', 'i18n', 'util'],
  storage: ['compare', 'conversation', 'connections', 'i18n', 'util'],
  transfer: ['storage', 'compare', 'conversation', 'providers', 'connections', 'i18n', 'util'],
  session: ['transfer', 'storage', 'compare', 'conversation', 'providers', 'connections', 'i18n', 'util'],
  queries: ['storage', 'diagnostics', 'providers', 'compare', 'conversation', 'connections', 'i18n', 'util'],
  actions: [
    'queries',
    'session',
    'transfer',
    'storage',
    'diagnostics',
    'providers',
    'compare',
    'conversation',
    'connections',
    'i18n',
    'util',
  ],
  ui: [
    'actions',
    'queries',
    'session',
    'render',
    'diagnostics',
    'providers',
    'compare',
    'conversation',
    'connections',
    'i18n',
    'util',
  ],
};
/** Folders that are plain TypeScript: no Svelte, no components, no UI; browser globals only as injected defaults. */
const PURE = [
  'util',
  'i18n',
  'protocol',
  'connections',
  'providers',
  'diagnostics',
  'conversation',
  'compare',
  'storage',
  'transfer',
];
const FOLDERS = Object.keys(LAYERS);

const segment = (names) => `(^|/)(${names.join('|')})/`;

function layerRules(folder) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = [
    {
      regex: segment(forbidden),
      message: `${folder}/ may import only: ${LAYERS[folder].join(', ') || 'nothing of ours'}.`,
    },
  ];
  if (folder !== 'providers') {
    patterns.push({
      regex: '(^|/)providers/(?!(index|jobs|types|errors)\\.ts$|testing/)',
      message:
        'Outside providers/, import providers/index.ts or jobs.ts (or its types.ts and errors.ts), not its internals.',
    });
  }
  if (PURE.includes(folder)) {
    patterns.push({
      regex: '^svelte($|/)|^@tanstack/svelte-query|\\.svelte(\\.ts)?$',
      message: `${folder}/ is pure TypeScript.`,
    });
  }
  return patterns;
}

const layerConfigs = FOLDERS.map((folder) => ({
  files: folder === 'ui' ? ['src/ui/**/*.{ts,svelte}'] : [`src/lib/${folder}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: layerRules(folder) }] },
}));

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'playwright-report/', 'test-results/', '.vite/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Our runes state holds immutable values replaced wholesale ($state.raw); private Maps and Sets in
      // .svelte.ts classes are bookkeeping that must not be reactive.
      'svelte/prefer-svelte-reactivity': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  // The house limit: a source file that grows past 300 lines has more than one job.
  {
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  // Playwright fixtures must destructure their (unused) first argument as {}.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  ...layerConfigs,
  {
    files: PURE.map((f) => `src/lib/${f}/**/*.ts`),
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
      ],
    },
  },
);
