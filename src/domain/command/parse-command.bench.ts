// Speed of parseCommand on real utterances (target: median under 0.1 ms each). Run: npm run bench
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseCommand } from './parse-command';

const fixtures = new URL('../../../tests/fixtures/commands/', import.meta.url);
const english = readFileSync(new URL('en-US.slurp.jsonl', fixtures), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { utt: string }).utt);
const vietnamese = readFileSync(new URL('vi.tsv', fixtures), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('utterance\t'))
  .map((l) => l.split('\t')[0]);

let i = 0;
describe('parseCommand, one utterance per call', () => {
  bench('English (SLURP utterances)', () => {
    parseCommand(english[i++ % english.length], { lang: 'en', today: '2026-11-28' });
  });
  bench('Vietnamese (vi.tsv utterances)', () => {
    parseCommand(vietnamese[i++ % vietnamese.length], { lang: 'vi', today: '2026-11-28' });
  });
});
