import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules: each file is checked with its own tsconfig (client/tsconfig.json for the client).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // React hooks: the rules of hooks, their dependencies, and the React Compiler's checks.
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      // A promise nobody awaits loses its rejection; one passed where a void callback is expected too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Yjs texts and XML types print their content.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'YText', 'YXmlText', 'YXmlFragment', 'YXmlElement'] }],
      // An async function that never awaits is how this code implements a promise-returning
      // interface synchronously (the SQLite store): a throw still becomes a rejection.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching, expect.objectContaining) are typed `any`.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-return': 'off' },
  },
  // JavaScript files are outside every tsconfig: no type information for them.
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // The contract stays independent: shared/ imports neither side.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/client/**'] }],
    },
  },
  {
    // The client never imports server code.
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**'] }],
    },
  },
  {
    // The client's layers (docs/ARCHITECTURE.md): infra/ knows no feature and no page; features/
    // use infra/ and each other, never a page of app/. (Each rule repeats the ones before it for
    // its files: a later no-restricted-imports replaces an earlier one.)
    files: ['client/src/infra/**/*.{ts,tsx}'],
    // The one registry of every feature's message catalogue (its English, and its Mongolian).
    ignores: ['client/src/infra/i18n/catalogues.ts', 'client/src/infra/i18n/catalogues.mn.ts', 'client/src/infra/i18n/catalogues.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/features/**', '**/app/**'] }],
    },
  },
  {
    files: ['client/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/app/**'] }],
    },
  },
  {
    // The vote panels are generic: what is particular to the triage's dot vote is marked in the
    // shared vote spec (shared/voteKinds.ts), never read from triage/.
    files: ['client/src/features/votes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/app/**', '**/triage/**'] }],
    },
  },
  {
    // zod stays out of the client's bundle (about 40 KiB gzip on a participant's first visit):
    // from the shared modules that build schemas when loaded, the client imports types only.
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/shared/agenda.js', '**/shared/amendments.js', '**/shared/api.js', '**/shared/control.js', '**/shared/recordSchema.js', '**/shared/votes.js'],
              allowTypeImports: true,
              message: 'This module builds zod schemas when loaded: import its values from a zod-free module (shared/voteKinds.ts, shared/agendaReading.ts, shared/limits.ts).',
            },
          ],
          // A screen loaded on demand waits for its words in the reader's language (no English flash).
          paths: [{ name: 'react', importNames: ['lazy'], message: 'Use `lazy` from client/src/infra/ui/lazy.ts: it waits for the screen’s catalogues in the reader’s language.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
