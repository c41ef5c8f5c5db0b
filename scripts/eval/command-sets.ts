// The command sets written for Earshot (tests/fixtures/commands/*.tsv) as evaluation rows with their expected parses.
// A set is read by its header line: `utterance` and `intent` are required; `topic`, `outlet`, `from`, `to`, `minutes`
// and `tags` may be absent (the older sets have no `outlet` or `minutes`). An absent column is not scored; a present
// one is scored on every row, '-' meaning the parse must have none.
import { readFileSync } from 'node:fs';
import { isDayKey } from '../../src/domain/day';
import { INTENTS, type Intent } from '../../src/domain/command/types';
import type { Lang } from '../../src/domain/types';

export interface Expected {
  intent: Intent;
  /** Topic words the parse must contain (English annotations) or equal (Vietnamese set); null when not scored. */
  topic: string | null;
  topicRule: 'contains' | 'equals' | 'none';
  /** Days, or undefined when the row does not score days. */
  days?: { from: string | null; to: string | null };
  /** The outlet named (compared by `outletKey`), null for none; undefined when the set has no `outlet` column. */
  outlet?: string | null;
  /** A briefing's length in minutes, null for none; undefined when the set has no `minutes` column. */
  minutes?: number | null;
}

export interface EvalRow {
  id: string;
  set: string;
  lang: Lang;
  utt: string;
  /** Group used in the report (the source intent). */
  group: string;
  expected: Expected;
  /** Free words from the `tags` column ("other-domain", "trap", "wake", "spoken-form"…); empty without one. */
  tags: string[];
}

export const FIXTURES = new URL('../../tests/fixtures/commands/', import.meta.url);

export interface CommandSet {
  file: string;
  lang: Lang;
  name: string;
  /** Tuned sets: the grammar may be tuned, and a model trained, on them; held-out sets are only scored. */
  tuned: boolean;
  /** Held against the floors of `npm run eval:commands` (vi.tsv only; the newer sets are reported). */
  floors: boolean;
}

/** Every set in tests/fixtures/commands (SETS.md says what each is). Held-out sets are never tuned on and are
 * reported only, since a floor would invite tuning on them. */
export const COMMAND_SETS: readonly CommandSet[] = [
  { file: 'vi.tsv', lang: 'vi', name: 'Vietnamese set', tuned: true, floors: true },
  { file: 'vi-more.tsv', lang: 'vi', name: 'Vietnamese set, more', tuned: true, floors: false },
  { file: 'en.tsv', lang: 'en', name: 'English set', tuned: true, floors: false },
  { file: 'vi-holdout.tsv', lang: 'vi', name: 'Vietnamese held-out', tuned: false, floors: false },
  { file: 'en-holdout.tsv', lang: 'en', name: 'English held-out', tuned: false, floors: false },
  { file: 'vi-holdout-2.tsv', lang: 'vi', name: 'Vietnamese held-out 2', tuned: false, floors: false },
  { file: 'en-holdout-2.tsv', lang: 'en', name: 'English held-out 2', tuned: false, floors: false },
];

/** The columns a set may have; `utterance` and `intent` are required. */
export const COLUMNS = ['utterance', 'intent', 'topic', 'outlet', 'from', 'to', 'minutes', 'tags'] as const;
type Column = (typeof COLUMNS)[number];

const isIntent = (v: string): v is Intent => (INTENTS as readonly string[]).includes(v);

/** Parses a set's text (see the file comment). Throws with file:line on a malformed row. */
export function parseSet(text: string, file: string, lang: Lang): EvalRow[] {
  const rows: EvalRow[] = [];
  let at: Partial<Record<Column, number>> | null = null;
  let width = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const where = `${file}:${i + 1}`;
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (at === null) {
      if (cols[0] !== 'utterance') throw new Error(`${where}: expected the header line (utterance, intent, …) before any row`);
      const unknown = cols.filter((c) => !(COLUMNS as readonly string[]).includes(c));
      if (unknown.length) throw new Error(`${where}: unknown column ${unknown.join(', ')}`);
      at = Object.fromEntries(cols.map((c, n) => [c, n])) as Partial<Record<Column, number>>;
      if (at.intent === undefined) throw new Error(`${where}: the header has no intent column`);
      if ((at.from === undefined) !== (at.to === undefined)) throw new Error(`${where}: from and to come together`);
      width = cols.length;
      return;
    }
    if (cols.length !== width) throw new Error(`${where}: expected ${width} tab-separated columns, found ${cols.length}`);
    const header = at;
    const get = (c: Column): string | null | undefined => {
      const n = header[c];
      if (n === undefined) return undefined;
      return cols[n] === '-' || cols[n] === '' ? null : cols[n];
    };
    const utt = cols[header.utterance ?? 0];
    const intent = get('intent') ?? '';
    if (!isIntent(intent)) throw new Error(`${where}: unknown intent "${intent}"`);
    const [from, to] = [get('from'), get('to')];
    for (const d of [from, to]) if (d && !isDayKey(d)) throw new Error(`${where}: "${d}" is not a day (YYYY-MM-DD)`);
    const minutesText = get('minutes');
    const minutes = minutesText === null || minutesText === undefined ? minutesText : Number(minutesText);
    if (typeof minutes === 'number' && !(Number.isInteger(minutes) && minutes > 0)) throw new Error(`${where}: minutes "${minutesText}" is not a whole number`);
    const topic = get('topic');
    rows.push({
      id: where,
      set: file.replace('.tsv', ''),
      lang,
      utt,
      group: intent,
      expected: {
        intent,
        topic: topic ?? null,
        topicRule: topic === undefined ? 'none' : 'equals',
        ...(from !== undefined ? { days: { from, to: to ?? null } } : {}),
        ...(header.outlet !== undefined ? { outlet: get('outlet') ?? null } : {}),
        ...(minutes !== undefined ? { minutes } : {}),
      },
      tags: (get('tags') ?? '').split(/[\s,]+/).filter(Boolean),
    });
  });
  if (at === null) throw new Error(`${file}: no header line`);
  return rows;
}

/** A TSV set in tests/fixtures/commands in one language. */
export function tsvRows(file: string, lang: Lang): EvalRow[] {
  return parseSet(readFileSync(new URL(file, FIXTURES), 'utf8'), file, lang);
}
