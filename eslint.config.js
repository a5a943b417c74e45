import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
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
    // The vote panels are generic: what is particular to the triage's dot vote is marked in the
    // shared vote spec (shared/voteKinds.ts), never read from triage/.
    files: ['client/src/votes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/triage/**'] }],
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
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
