// Lint: TypeScript rules, React hooks, Lexical's $-function rules, and the process boundaries
// (shared code is pure; the renderer never reaches main or Node; nothing but main imports electron).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import lexical from 'eslint-plugin-lexical';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'worker_threads'];
const focusedTests = ['describe', 'it', 'test'].map((name) => ({
  selector: `CallExpression[callee.object.name='${name}'][callee.property.name='only']`,
  message: 'A focused test hides the rest of the suite.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'dist/**',
      'src/shared/ingest/repair/codepages.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      'no-restricted-syntax': ['error', ...focusedTests],
    },
  },
  {
    // Playwright fixtures take their dependencies as an (often empty) destructured object.
    files: ['tests/e2e/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared is pure: no Node, Electron, React, main or renderer imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'navigator',
        'localStorage',
        'sessionStorage',
        'Buffer',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical },
    rules: {
      // The classic hook rules; the React Compiler rules are not used (no compiler in this build).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...(lexical.configs?.recommended?.rules ?? {}),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', '**/main/**', '**/preload/**', 'better-sqlite3'],
              message: 'The renderer reaches main only through src/renderer/bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: [
      'src/main/index.ts',
      'src/main/menu.ts',
      'src/main/electronSettings.ts',
      'src/main/ipc/electronIpc.ts',
      'src/main/security/electronGuards.ts',
      'src/main/security/appProtocol.ts',
      'src/main/security/secureWindow.ts',
      'src/main/electron/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only the Electron-only modules may import electron (the CLI and tests load the rest under plain Node).',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main never imports renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**', 'zod'], message: 'The preload only needs call names.' }] },
      ],
    },
  },
);
