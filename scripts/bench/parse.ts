// Time per utterance of understanding a command — the grammar alone, and the grammar with the learned model as the app
// runs it — over every evaluation utterance, after a warm-up (grammars compiled, the model decoded once).
// English: SLURP + HWU64 from ../shared/eval/commands when that is there, else the project's own English set.
import { existsSync, readFileSync } from 'node:fs';
import { understand } from '../../src/domain/command/command-model';
import { parseCommand } from '../../src/domain/command/parse-command';
import type { Command, ParseContext } from '../../src/domain/command/types';
import { evalData, shown } from '../eval/data-root';
import { printTable, quantile } from './table';

/** Issue 3's target for the grammar: median under 0.1 ms; issue 18's with the model: median ≤ 1 ms, p95 ≤ 5 ms. */
const TARGETS: { reader: string; read: (u: string, ctx: ParseContext) => Command; median: number; p95: number }[] = [
  { reader: 'grammar alone', read: parseCommand, median: 0.1, p95: Infinity },
  { reader: 'grammar + model', read: understand, median: 1, p95: 5 },
];
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

export function benchParse(): boolean {
  const sets = [englishSet(), { name: 'Vietnamese (vi.tsv)', lang: 'vi' as const, utterances: tsv('vi.tsv') }];
  const rows = TARGETS.flatMap(({ reader, read, median: medianTarget, p95: p95Target }) =>
    sets.map(({ name, lang, utterances }) => {
      const ctx = { lang, today: '2026-11-28' };
      for (const u of utterances) read(u, ctx);
      const times: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        for (const u of utterances) {
          const t0 = process.hrtime.bigint();
          read(u, ctx);
          times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }
      times.sort((a, b) => a - b);
      const median = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      const ok = median <= medianTarget && p95 <= p95Target;
      const target = `≤${medianTarget}${Number.isFinite(p95Target) ? ` / ≤${p95Target}` : ''}`;
      return [reader, name, utterances.length, median.toFixed(4), p95.toFixed(4), target, ok ? 'yes' : 'NO'];
    }),
  );
  printTable('Understanding a command: time per utterance (ms)', ['reader', 'set', 'utterances', 'median', 'p95', 'target (median / p95)', 'ok'], rows);
  return rows.every((r) => r[6] === 'yes');
}
