// Lint zones: folders say where code runs, and a wrong-zone import fails `npm test`
// (the same idea as Actual's enforce-boundaries and Signal's file-suffix rule).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream'];

/** What all of renderer/ must not import; nested zones repeat it, because a later block's options replace an earlier one's. */
const rendererForbidden = [
  { group: nodeBuiltins, message: 'renderer/ runs in the browser: talk to the host through the Bridge.' },
  { group: ['electron', 'electron/*'], message: 'renderer/ never touches Electron: use the Bridge.' },
  { group: ['**/electron/**', '**/hq/**', '!**/shared/hq/**'], message: 'renderer/ may import only shared/ from other zones.' },
  { regex: '(^|/)bundle/encode$', importNames: ['encodeBundleUnchecked'], message: 'encodeBundleUnchecked is for HQ refusal tests only: the app encodes with encodeBundle.' },
];

/** Relative imports of a renderer/ folder (`../sync`, `../../sync/ui/x`): lint matches the import text, not the resolved file. */
const rendererFolder = (name) => `^((\\.\\./)+|.*/renderer/)${name}(/|$)`;

/**
 * Repositories that write `outbox` rows (the seal transaction, addenda, and
 * re-queueing on enrollment): what a rehearsal must never call.
 */
const OUTBOX_WRITERS = ['seal', 'outbox', 'outbox-entry', 'enrollment'];

/** Patterns each zone must not import, with the reason shown in the lint error. */
export const ZONES = {
  shared: {
    files: ['shared/**/*.ts'],
    forbidden: [
      { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
      { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
      { group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie-*', 'zustand', 'i18next', 'react-i18next'], message: 'shared/ is pure: no UI or storage libraries.' },
      { group: ['**/renderer/**', '**/electron/**', '**/hq/**'], message: 'shared/ must not import from other zones.' },
    ],
  },
  renderer: {
    files: ['renderer/**/*.{ts,tsx}'],
    // Tests and the Vite config run in Node, not in the page.
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts'],
    forbidden: rendererForbidden,
  },
  electron: {
    files: ['electron/**/*.ts'],
    forbidden: [
      { group: ['react', 'react-dom', 'dexie', 'dexie-*', 'zustand'], message: 'electron/ is the main process: no UI or IndexedDB libraries.' },
      { group: ['**/renderer/**', '**/hq/**'], message: 'electron/ may import only shared/ from other zones.' },
    ],
  },
  hq: {
    files: ['hq/**/*.ts'],
    forbidden: [
      { group: ['electron', 'electron/*', 'react', 'react-dom', 'dexie', 'dexie-*'], message: 'hq/ is a server: no Electron, UI or IndexedDB.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'hq/ may import only shared/ from other zones.' },
    ],
  },
  // Training is isolated by structure (issue 7, docs/0011-training-isolation.md): it cannot reach the
  // field database, sync, or the repositories that queue work for HQ; sync cannot reach training.
  training: {
    files: ['renderer/training/**/*.{ts,tsx}'],
    ignores: ['renderer/training/**/*.test.{ts,tsx}'],
    forbidden: [
      ...rendererForbidden,
      { regex: '(^|/)db(/index)?$', importNames: ['fieldDatabase'], message: 'renderer/training/ never opens the field database: use trainingDatabase() or useWorkspaceDb().' },
      { regex: rendererFolder('sync'), message: 'renderer/training/ never imports renderer/sync/: rehearsals are never sent to HQ.' },
      { regex: `(^|/)db/repositories/(${OUTBOX_WRITERS.join('|')})$`, message: 'renderer/training/ never seals or queues work for HQ: these repositories write the outbox.' },
    ],
  },
  sync: {
    files: ['renderer/sync/**/*.{ts,tsx}'],
    ignores: ['renderer/sync/**/*.test.{ts,tsx}'],
    forbidden: [
      ...rendererForbidden,
      { regex: rendererFolder('training'), message: 'renderer/sync/ never imports renderer/training/: only the field database is synced.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'out/**', 'coverage/**', '.tmp/**', '**/*.d.ts', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `const { blob, ...meta } = row` is how we drop fields; the dropped names are intentional.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  ...Object.values(ZONES).map((zone) => ({
    files: zone.files,
    ignores: zone.ignores ?? [],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: zone.forbidden }] },
  })),
);
