// The command sets written for Earshot (tests/fixtures/commands/*.tsv) as evaluation rows with their expected parses.
import { readFileSync } from 'node:fs';
import type { Intent } from '../../src/domain/command/types';
import type { Lang } from '../../src/domain/types';

export interface Expected {
  intent: Intent;
  /** Topic words the parse must contain (English annotations) or equal (Vietnamese set); null when not scored. */
  topic: string | null;
  topicRule: 'contains' | 'equals' | 'none';
  /** Days, or undefined when the row does not score days. */
  days?: { from: string | null; to: string | null };
}

export interface EvalRow {
  id: string;
  set: string;
  lang: Lang;
  utt: string;
  /** Group used in the report (the source intent). */
  group: string;
  expected: Expected;
}

const FIXTURES = new URL('../../tests/fixtures/commands/', import.meta.url);


/** A TSV set (utterance, intent, topic, from, to, tags) in one language. Every row is scored exactly. */
export function tsvRows(file: string, lang: Lang): EvalRow[] {
  const rows: EvalRow[] = [];
  const lines = readFileSync(new URL(file, FIXTURES), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('utterance\t')) return;
    const cols = line.split('\t');
    if (cols.length < 5) throw new Error(`${file}:${i + 1}: expected 6 tab-separated columns`);
    const [utt, intent, topic, from, to] = cols.map((c) => c.trim());
    const nul = (v: string) => (v === '-' ? null : v);
    rows.push({
      id: `${file}:${i + 1}`,
      set: file.replace('.tsv', ''),
      lang,
      utt,
      group: intent,
      expected: { intent: intent as Intent, topic: nul(topic), topicRule: 'equals', days: { from: nul(from), to: nul(to) } },
    });
  });
  return rows;
}
