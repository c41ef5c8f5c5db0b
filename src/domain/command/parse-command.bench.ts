// Speed of parseCommand on real utterances (target: median under 0.1 ms each). Run: npm run bench
// English: SLURP from ../shared/eval/commands when that is there, else the project's own English set.
import { existsSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { evalData, shown } from '../../../scripts/eval/data-root';
import { parseCommand } from './parse-command';

const fixtures = new URL('../../../tests/fixtures/commands/', import.meta.url);
const tsv = (file: string) =>
  readFileSync(new URL(file, fixtures), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('utterance\t'))
    .map((l) => l.split('\t')[0]);
const slurp = evalData('commands', 'en-US.slurp.jsonl');
if (!existsSync(slurp)) console.log(`${shown(slurp)} not found: English is timed on the project's own en-holdout.tsv instead`);
const english = existsSync(slurp)
  ? readFileSync(slurp, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { utt: string }).utt)
  : tsv('en-holdout.tsv');
const vietnamese = tsv('vi.tsv');

let i = 0;
describe('parseCommand, one utterance per call', () => {
  bench(existsSync(slurp) ? 'English (SLURP utterances)' : 'English (en-holdout.tsv utterances)', () => {
    parseCommand(english[i++ % english.length], { lang: 'en', today: '2026-11-28' });
  });
  bench('Vietnamese (vi.tsv utterances)', () => {
    parseCommand(vietnamese[i++ % vietnamese.length], { lang: 'vi', today: '2026-11-28' });
  });
});
