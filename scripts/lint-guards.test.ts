// Proves the lint guards of eslint.config.js: code planted at realistic paths is reported by the rule meant to catch
// it, and clean code at the same paths passes. The files need not exist; ESLint lints the text as if it were there.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import globals from 'globals';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'eslint.config.js' });

/** Each line's problems as "line ruleId". */
async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`);
}

/** Lines of `code`, each expected to be reported by `ruleId` (and nothing else reported). */
async function expectEachLine(lines: string[], filePath: string, ruleId: string) {
  const found = await problems(lines.join('\n'), filePath);
  expect(found.sort()).toEqual(lines.map((_, i) => `${i + 1} ${ruleId}`).sort());
}

// The first lint loads the TypeScript parser: seconds on a busy machine.
describe('lint guards', { timeout: 30_000 }, () => {
  it('(a) src/domain uses no browser or Node global', async () => {
    await expectEachLine(
      [
        'export const a = () => setTimeout(() => {}, 10);',
        'export const b = () => new AudioContext();',
        "export const c = () => self.postMessage('done');",
        "export const d = () => fetch('/api/feed');",
        'export const e = () => window.innerWidth;',
        'export const f = () => document.title;',
        'export const g = () => navigator.language;',
        'export const h = () => process.env.HOME;',
        "export const i = () => Buffer.from('x');",
        "export const j = () => localStorage.getItem('k');",
        'export const k = () => globalThis.queueMicrotask;',
        "export const l = () => structuredClone({});",
      ],
      'src/domain/briefing/planted.ts',
      'no-restricted-globals',
    );
  });

  it('(a) src/domain imports only the domain and feedsmith', async () => {
    await expectEachLine(
      ["import 'zod';", "import '../../platform/storage/news-repository';", "import 'node:fs';", "import 'react';"],
      'src/domain/feed/planted.ts',
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('(a) the domain may use ECMAScript, the Web globals it declares, feedsmith and itself; its tests may use timers', async () => {
    const clean = [
      "import { parseRssFeed } from 'feedsmith';",
      "import { safeHttpUrl } from '../news/story';",
      'export const host = (u: string) => new URL(u).hostname;',
      "export const query = () => new URLSearchParams([['a', '1']]).toString();",
      "export const text = (b: Uint8Array) => new TextDecoder('utf-8').decode(b) + atob('eA==');",
      "export const words = (s: string) => [...new Intl.Segmenter('en', { granularity: 'word' }).segment(s)].length;",
      'export { parseRssFeed, safeHttpUrl };',
    ];
    expect(await problems(clean.join('\n'), 'src/domain/feed/planted.ts')).toEqual([]);
    expect(await problems('export const later = () => setTimeout(() => {}, 1);', 'src/domain/feed/planted.test.ts')).toEqual([]);
  });

  it('(a) the domain lint list is every browser and Node global but ECMAScript and what web-globals.d.ts declares', async () => {
    const config = (await eslint.calculateConfigForFile('src/domain/planted.ts')) as Linter.Config;
    const restricted = new Set((config.rules?.['no-restricted-globals'] as unknown[]).slice(1).map((e) => (typeof e === 'string' ? e : (e as { name: string }).name)));
    const declared = [...readFileSync(new URL('../src/domain/web-globals.d.ts', import.meta.url), 'utf8').matchAll(/^declare (?:const|function|class) (\w+)/gm)].map((m) => m[1]);
    expect(declared.sort()).toEqual(['TextDecoder', 'URL', 'URLSearchParams', 'atob']);
    expect(declared.filter((name) => restricted.has(name))).toEqual([]);
    const host = Object.keys({ ...globals.browser, ...globals.node }).filter((name) => !(name in globals.es2024));
    expect(host.filter((name) => !restricted.has(name) && !declared.includes(name))).toEqual([]);
    expect(restricted.has('globalThis')).toBe(true);
  });

  it('(b) window.*, globalThis.* and self.* outside src/platform', async () => {
    await expectEachLine(
      ["window.speechSynthesis.speak(new Utterance('hi'));", "export const saved = globalThis.localStorage.getItem('k');", "self.addEventListener('keydown', () => {});"],
      'src/ui/components/planted.tsx',
      'no-restricted-globals',
    );
    await expectEachLine(["export const w = () => window.location.hash;", 'export const g = () => globalThis.indexedDB;'], 'src/store/planted.ts', 'no-restricted-globals');
    await expectEachLine(['export const w = () => window.location.hash;'], 'src/prerender-ports.ts', 'no-restricted-globals');
  });

  it('(b) src/platform and the composition root may use them; a local named window is no global', async () => {
    expect(await problems('export const speak = () => window.speechSynthesis.cancel();', 'src/platform/speech/planted.ts')).toEqual([]);
    expect(await problems("window.addEventListener('keydown', () => {});", 'src/main.tsx')).toEqual([]);
    expect(await problems('export const end = (window: { end: number }) => window.end;', 'src/store/planted.ts')).toEqual([]);
  });

  it('(c) imports name files, not folders', async () => {
    await expectEachLine(["export type { NewsRepository } from '../platform';", "export type { AppState } from './';"], 'src/store/planted.ts', 'earshot/no-folder-imports');
    await expectEachLine(["import './store';", "export const ui = () => import('./ui');"], 'src/main.tsx', 'earshot/no-folder-imports');
    await expectEachLine(["export type { UiCatalog } from '../i18n/';"], 'src/ui/components/planted.tsx', 'earshot/no-folder-imports');
    const files = ["import type { NewsRepository } from '../platform/storage/news-repository';", "import { createAppStore } from './app-store';", 'export type { NewsRepository };', 'export { createAppStore };'];
    expect(await problems(files.join('\n'), 'src/store/planted.ts')).toEqual([]);
  });

  it('(d) no .tsx in src/platform', async () => {
    expect(await problems('export const x = 1;', 'src/platform/system/planted.tsx')).toEqual(['1 no-restricted-syntax']);
    expect(await problems('export const x = 1;', 'src/platform/system/planted.ts')).toEqual([]);
  });
});
