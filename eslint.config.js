// Lint rules, including the layer boundaries of docs/ARCHITECTURE.md (no-restricted-imports / -globals) and the guards
// scripts/lint-guards.test.ts proves: host globals in the domain, window/globalThis/self outside src/platform, folder
// imports, React in src/platform.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noFolderImports } from './scripts/lint/no-folder-imports.js';

const PORTS = 'Browser capabilities live behind ports in src/platform.';

const BROWSER_SPEECH_AND_STORAGE = ['speechSynthesis', 'SpeechSynthesisUtterance', 'SpeechRecognition', 'webkitSpeechRecognition', 'indexedDB', 'localStorage', 'sessionStorage'].map(
  (name) => ({ name, message: PORTS }),
);

/** The global objects, whose members reach every capability (window.speechSynthesis, globalThis.localStorage). */
const GLOBAL_OBJECTS = ['window', 'globalThis', 'self'].map((name) => ({
  name,
  message: `${name}.* reaches browser capabilities, which live behind ports in src/platform (wired in src/main.tsx).`,
}));

/**
 * The Web-standard globals src/domain uses, declared (only the members used) in src/domain/web-globals.d.ts for its
 * tsconfig; every realm the domain runs in has them. Keep the two lists the same (scripts/lint-guards.test.ts checks).
 */
export const DOMAIN_WEB_GLOBALS = ['URL', 'URLSearchParams', 'TextDecoder', 'atob'];

/** Every browser and Node global that ECMAScript does not define (setTimeout, fetch, AudioContext, process…). */
export const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter(
  (name) => !(name in globals.es2024) && !DOMAIN_WEB_GLOBALS.includes(name),
);

const DOMAIN_GLOBALS = [...HOST_GLOBALS, 'globalThis'].map((name) => ({
  name,
  message: 'src/domain runs in every realm (page, workers, Node) and uses no host global: what it needs from the host comes in as a parameter or a port.',
}));

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
    files: ['src/**/*.{ts,tsx,js}'],
    plugins: { 'react-hooks': reactHooks, earshot: { rules: { 'no-folder-imports': noFolderImports } } },
    rules: { ...reactHooks.configs.recommended.rules, 'earshot/no-folder-imports': 'error' },
  },
  // Outside src/platform nothing reaches the browser through window, globalThis or self. The layers below repeat
  // GLOBAL_OBJECTS in their own lists, as a later no-restricted-globals replaces an earlier one.
  {
    files: ['src/**/*.{ts,tsx,js}'],
    ignores: ['src/platform/**', 'src/main.tsx'],
    rules: { 'no-restricted-globals': ['error', ...GLOBAL_OBJECTS] },
  },
  {
    files: ['src/platform/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: 'src/platform holds ports to browser capabilities, not React: components go in src/ui.' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['**/platform/**', '**/store/**', '**/ui/**'], 'src/domain is pure: it imports nothing from other layers.'),
        { regex: '^(?!\\.{1,2}/|feedsmith$)', message: 'src/domain is pure TypeScript: no packages but feedsmith (which runs anywhere), no frameworks, storage or Node APIs.' },
      ]),
      'no-restricted-globals': ['error', ...DOMAIN_GLOBALS],
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
      'no-restricted-globals': ['error', ...GLOBAL_OBJECTS, 'document', 'navigator', ...BROWSER_SPEECH_AND_STORAGE],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        layer(['idb-keyval', 'node:*'], 'The UI reads the store; it never touches storage.'),
        typeOnly(['**/platform/**'], 'The UI reads the store; platform code is wired in main.tsx.'),
      ]),
      'no-restricted-globals': ['error', ...GLOBAL_OBJECTS, ...BROWSER_SPEECH_AND_STORAGE, { name: 'navigator', message: PORTS }],
    },
  },
);
