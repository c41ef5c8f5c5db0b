// Proves the realm tsconfigs (tsconfig.json lists them): code planted beside each realm's own declarations, checked
// with that realm's compiler options, fails on every global the realm does not have and passes with the ones it has.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const planted = mkdtempSync(join(tmpdir(), 'earshot-realm-'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

/** Parsed files are shared between the programs below (the libs are most of the work). */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
let plants = 0;

function realm(name: string): ts.ParsedCommandLine {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, `tsconfig.${name}.json`), { composite: false, incremental: false }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`no tsconfig.${name}.json`);
  return config;
}

/** The lines of `lines` (1-based) with a type error when checked in the realm, beside the realm's own .d.ts files. */
function errorLines(name: string, lines: string[]): number[] {
  const config = realm(name);
  const file = join(planted, `${name}-${++plants}.ts`);
  writeFileSync(file, `${lines.join('\n')}\nexport {};\n`);
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, language, ...rest) => {
    if (fileName === file) return read.call(host, fileName, language, ...rest);
    const key = `${fileName}|${JSON.stringify(language)}`;
    if (!parsedFiles.has(key)) parsedFiles.set(key, read.call(host, fileName, language, ...rest));
    return parsedFiles.get(key);
  };
  const declarations = config.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [...declarations, file], options: config.options, host });
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
  return [...new Set(errors.map((d) => d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1))].sort((a, b) => a - b);
}

const every = (lines: string[]) => lines.map((_, i) => i + 1);

const HOST_ONLY = [
  'window.innerWidth;',
  'document.title;',
  'setTimeout(() => {}, 10);',
  'new AudioContext();',
  "self.postMessage('done');",
  "localStorage.getItem('k');",
  "fetch('/api/feed');",
  'navigator.language;',
  'process.env.HOME;',
  "Buffer.from('x');",
  "console.log('x');",
  'structuredClone({});',
];

describe('realm tsconfigs', { timeout: 60_000 }, () => {
  it('the domain covers src/domain but its tests, with ES2023 only and no types', () => {
    const domain = realm('domain');
    expect(domain.options.lib).toEqual(['lib.es2023.d.ts']);
    expect(domain.options.types).toEqual([]);
    const files = domain.fileNames.map((f) => f.slice(ROOT.length));
    expect(files).toContain('src/domain/day.ts');
    expect(files).toContain('src/domain/feed/parse-feed.ts');
    expect(files.filter((f) => /\.(test|bench)\.ts$/.test(f))).toEqual([]);
  });

  it('the domain fails on every browser and Node global', () => {
    expect(errorLines('domain', HOST_ONLY)).toEqual(every(HOST_ONLY));
  });

  it('the domain has ECMAScript and the Web globals web-globals.d.ts declares', () => {
    const clean = [
      "const url = new URL('/a?b=1', 'https://x.example');",
      'const pairs: [string, string][] = [...url.searchParams];',
      'export const query = new URLSearchParams(pairs).toString() + url.hostname + url.href + url.protocol;',
      "export const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([104, 105])) + atob('aGk=');",
      "export const words = [...new Intl.Segmenter('vi', { granularity: 'word' }).segment('tin AI')].length;",
    ];
    expect(errorLines('domain', clean)).toEqual([]);
  });

  it('the page has the DOM but no Node', () => {
    const node = ['process.env.HOME;', "Buffer.from('x');", "require('node:fs');"];
    expect(errorLines('app', node)).toEqual(every(node));
    expect(errorLines('app', ['window.speechSynthesis.cancel();', 'document.title;'])).toEqual([]);
  });

  it('the service worker has WebWorker globals, not the DOM', () => {
    const page = ['document.title;', 'window.innerWidth;', "localStorage.getItem('k');", 'new AudioContext();'];
    expect(errorLines('sw', page)).toEqual(every(page));
    expect(errorLines('sw', ["self.postMessage('x');", "caches.open('x');", "fetch('/api/feed');"])).toEqual([]);
  });

  it('the AudioWorklet has only what audio-worklet-globals.d.ts declares', () => {
    const missing = ["fetch('/x');", 'setTimeout(() => {}, 1);', "self.postMessage('x');", 'document.title;'];
    expect(errorLines('worklet', missing)).toEqual(every(missing));
    expect(errorLines('worklet', ["registerProcessor('p', class extends AudioWorkletProcessor {});", 'export const rate = sampleRate;'])).toEqual([]);
  });

  it('Node has no DOM', () => {
    const page = ['document.title;', 'window.innerWidth;', 'new AudioContext();'];
    expect(errorLines('node', page)).toEqual(every(page));
    expect(errorLines('node', ['process.env.HOME;', "Buffer.from('x');"])).toEqual([]);
  });
});
