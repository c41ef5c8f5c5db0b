// Time per utterance of parseCommand over every evaluation utterance, after a warm-up (grammars compiled once).
import { readFileSync } from 'node:fs';
import { parseCommand } from '../../src/domain/command/parse-command';
import { printTable, quantile } from './table';

/** Issue 3 target: median under 0.1 ms per utterance. */
const TARGET_MS = 0.1;
const ROUNDS = 5;

const fixtures = new URL('../../tests/fixtures/commands/', import.meta.url);
const jsonl = (file: string) =>
  readFileSync(new URL(file, fixtures), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { utt: string }).utt);
const tsv = (file: string) =>
  readFileSync(new URL(file, fixtures), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('utterance\t'))
    .map((l) => l.split('\t')[0]);

const sets: { name: string; lang: 'en' | 'vi'; utterances: string[] }[] = [
  { name: 'English (SLURP + HWU64)', lang: 'en', utterances: [...jsonl('en-US.slurp.jsonl'), ...jsonl('en-US.hwu64.jsonl')] },
  { name: 'Vietnamese (vi.tsv)', lang: 'vi', utterances: tsv('vi.tsv') },
];

export function benchParse(): void {
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
