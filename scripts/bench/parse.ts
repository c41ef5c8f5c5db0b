// Time per utterance of parseCommand over every evaluation utterance, after a warm-up (grammars compiled once).
// English: SLURP + HWU64 from ../shared/eval/commands when that is there, else the project's own English set.
import { existsSync, readFileSync } from 'node:fs';
import { parseCommand } from '../../src/domain/command/parse-command';
import { evalData, shown } from '../eval/data-root';
import { printTable, quantile } from './table';

/** Issue 3 target: median under 0.1 ms per utterance. */
const TARGET_MS = 0.1;
const ROUNDS = 5;

const fixtures = new URL('../../tests/fixtures/commands/', import.meta.url);
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { utt: string }).utt);
const tsv = (file: string) =>
  readFileSync(new URL(file, fixtures), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('utterance\t'))
    .map((l) => l.split('\t')[0]);

function englishSet(): { name: string; lang: 'en'; utterances: string[] } {
  const files = ['en-US.slurp.jsonl', 'en-US.hwu64.jsonl'].map((f) => evalData('commands', f));
  const missing = files.find((f) => !existsSync(f));
  if (!missing) return { name: 'English (SLURP + HWU64)', lang: 'en', utterances: files.flatMap(jsonl) };
  console.log(`\nparse benchmark: ${shown(missing)} not found; English is timed on the project's own en-holdout.tsv instead.`);
  return { name: 'English (en-holdout.tsv)', lang: 'en', utterances: tsv('en-holdout.tsv') };
}

export function benchParse(): void {
  const sets = [englishSet(), { name: 'Vietnamese (vi.tsv)', lang: 'vi' as const, utterances: tsv('vi.tsv') }];
  const rows = sets.map(({ name, lang, utterances }) => {
    const ctx = { lang, today: '2026-11-28' };
    for (const u of utterances) parseCommand(u, ctx);
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const u of utterances) {
        const t0 = process.hrtime.bigint();
        parseCommand(u, ctx);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    return [name, utterances.length, median.toFixed(4), quantile(times, 0.95).toFixed(4), TARGET_MS.toFixed(3), `${(median / TARGET_MS).toFixed(2)}×`, median < TARGET_MS ? 'yes' : 'NO'];
  });
  printTable('parseCommand: time per utterance (ms)', ['set', 'utterances', 'median', 'p95', 'target', 'median/target', 'ok'], rows);
}
