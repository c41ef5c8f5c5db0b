import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const run = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ask.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run ask', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ask-'));
  const story = join(dir, 'story.json');
  writeFileSync(
    story,
    JSON.stringify({
      title: 'Helio Labs unveils a chip',
      text: 'Helio Labs said on Monday its chip will cost $1.2bn to build. Chief executive Lisa Tran said it ships next March.',
      source: 'Test',
      language: 'en',
      publishedAt: '2026-11-20T09:00:00Z',
    }),
  );

  it('answers one question per line with one JSON object per line, null when the story does not say', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ask.ts', '--lang', 'en', '--story', story], {
      cwd: ROOT,
      input: 'how much will it cost\nwho is the chief executive\n\nhow many people work there\n',
      encoding: 'utf8',
    });
    expect(out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ answer: '$1.2bn' }, { answer: 'Lisa Tran' }, { answer: null }, { answer: null }]);
  });

  it('exits 2 with a message on bad flags or a bad story file', () => {
    for (const args of [['--lang', 'fr', '--story', story], ['--story', story], ['--lang', 'en'], ['--lang', 'en', '--story', join(dir, 'missing.json')]]) {
      const r = run(args, '');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^ask: .+\nusage: npm run -s ask/);
    }
    writeFileSync(join(dir, 'bad.json'), '{"title": 1}');
    expect(run(['--lang', 'en', '--story', join(dir, 'bad.json')], '').stderr).toMatch(/no string "title"/);
  });
});
