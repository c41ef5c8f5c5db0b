// Lint rules, including the layer boundaries of docs/ARCHITECTURE.md (no-restricted-imports / -globals).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_SPEECH_AND_STORAGE = ['speechSynthesis', 'SpeechSynthesisUtterance', 'SpeechRecognition', 'webkitSpeechRecognition', 'indexedDB', 'localStorage', 'sessionStorage'].map(
  (name) => ({ name, message: 'Browser capabilities live behind ports in src/platform.' }),
);

const restrict = (patterns) => ['error', { patterns }];
const layer = (group, message) => ({ group, message });
const typeOnly = (group, message) => ({ group, message, allowTypeImports: true });

export default tseslint.config(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['**/platform/**', '**/store/**', '**/ui/**'], 'src/domain is pure: it imports nothing from other layers.'),
        layer(['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'idb-keyval', 'node:*'], 'src/domain is pure TypeScript: no frameworks, storage or Node APIs.'),
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'fetch', 'localStorage', 'indexedDB', 'speechSynthesis'],
    },
  },
  ...[false, true].map((storage) => ({
    files: storage ? ['src/platform/storage/**/*.ts'] : ['src/platform/**/*.ts'],
    ignores: storage ? ['src/platform/**/*.test.ts'] : ['src/platform/**/*.test.ts', 'src/platform/storage/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['**/store/**', '**/ui/**'], 'src/platform implements ports; it does not know the store or the UI.'),
        layer(['react', 'react-dom', 'react-dom/*', 'node:*'], 'src/platform runs in the browser.'),
        ...(storage ? [] : [layer(['idb-keyval'], 'Only the storage repositories (src/platform/storage) use idb-keyval.')]),
        typeOnly(['zustand', 'zustand/*'], 'src/platform may only use zustand types (StateStorage).'),
      ]),
    },
  })),
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['**/ui/**', 'react', 'react-dom', 'react-dom/*', 'idb-keyval', 'node:*'], 'src/store holds state and actions; it reaches the world only through injected ports.'),
        {
          regex: '(^|/)platform/(?!storage/storage-error$)',
          message: 'src/store gets platform ports injected (types only), except error classes it must recognise.',
          allowTypeImports: true,
        },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', ...BROWSER_SPEECH_AND_STORAGE],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['idb-keyval', 'node:*'], 'The UI reads the store; it never touches storage.'),
        typeOnly(['**/platform/**'], 'The UI reads the store; platform code is wired in main.tsx.'),
      ]),
      'no-restricted-globals': ['error', ...BROWSER_SPEECH_AND_STORAGE, { name: 'navigator', message: 'Browser capabilities live behind ports in src/platform.' }],
    },
  },
);
