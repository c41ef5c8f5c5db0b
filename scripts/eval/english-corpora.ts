// SLURP and HWU64 (real English spoken commands, CC BY 4.0) as evaluation rows, read at run time from
// ../shared/eval/commands; with the project's own labels for the few generic transport commands among them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/domain/day';
import type { Intent } from '../../src/domain/command/types';
import type { EvalRow, Expected } from './command-sets';

export const ENGLISH_FILES = ['en-US.slurp.jsonl', 'en-US.hwu64.jsonl'] as const;

/** Days named by the English date annotations that occur in news rows, relative to `today`. Unknown values throw. */
export function annotatedDays(value: string, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  const monthStart = (offset: number) => {
    const d = new Date(Date.UTC(y, m - 1 + offset, 1));
    return d.toISOString().slice(0, 10);
  };
  const dayOfMonth = (n: number) => {
    let d = `${today.slice(0, 8)}${String(n).padStart(2, '0')}`;
    if (d > today) d = `${monthStart(-1).slice(0, 8)}${String(n).padStart(2, '0')}`;
    return { from: d, to: d };
  };
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(today, -weekday);
  switch (value.toLowerCase().trim()) {
    case 'today':
    case "today's":
    case 'todays':
      return { from: today, to: today };
    case 'yesterday':
    case 'last night':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'tomorrow':
      return { from: addDays(today, 1), to: addDays(today, 1) };
    case 'this week':
    case "this week's":
      return { from: monday, to: today };
    case 'last week':
      return { from: addDays(monday, -7), to: addDays(monday, -1) };
    case 'last two months': {
      const back = new Date(Date.UTC(y, m - 3, Number(today.slice(8)))).toISOString().slice(0, 10);
      return { from: addDays(back, 1), to: today };
    }
    case 'the second':
      return dayOfMonth(2);
    case 'the fifteenth':
      return dayOfMonth(15);
    case 'april': {
      const year = m >= 4 ? y : y - 1;
      return { from: `${year}-04-01`, to: `${year}-04-30` };
    }
    default:
      throw new Error(`eval: no expected days for the date annotation "${value}"; add it to annotatedDays`);
  }
}

interface JsonRow {
  id: string;
  utt: string;
  annot_utt: string;
  intent: string;
  subset: string;
  source: string;
}

/** Reviewed labels for English rows outside news: clear audio transport commands (see transport-labels.tsv). */
function transportOverrides(): Map<string, Intent> {
  const map = new Map<string, Intent>();
  const text = readFileSync(new URL('transport-labels.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('id\t')) continue;
    const [id, intent] = line.split('\t');
    map.set(id, intent as Intent);
  }
  return map;
}

/** SLURP and HWU64 rows from `dir` (../shared/eval/commands), deduplicated on the utterance text. */
export function englishRows(dir: string, today: string): EvalRow[] {
  const overrides = transportOverrides();
  const seen = new Set<string>();
  const rows: EvalRow[] = [];
  for (const file of ENGLISH_FILES) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as JsonRow;
      const key = r.utt.toLowerCase().trim();
      if (seen.has(key)) continue;
      seen.add(key);
      const id = `${r.source}:${r.id}`;
      let expected: Expected;
      if (r.subset === 'news') {
        const topics = [...r.annot_utt.matchAll(/\[news_topic : ([^\]]+)\]/g)].map((m) => m[1].trim());
        const dates = [...r.annot_utt.matchAll(/\[date : ([^\]]+)\]/g)].map((m) => m[1].trim());
        const days = dates.length > 0 ? annotatedDays(dates[0], today) : undefined;
        expected = { intent: 'brief', topic: topics[0] ?? null, topicRule: topics.length ? 'contains' : 'none', days };
      } else if (r.intent === 'general_repeat') {
        expected = { intent: 'repeat', topic: null, topicRule: 'none' };
      } else if (r.intent === 'general_commandstop') {
        expected = { intent: 'stop', topic: null, topicRule: 'none' };
      } else {
        expected = { intent: overrides.get(id) ?? 'none', topic: null, topicRule: 'none' };
      }
      rows.push({ id, set: 'en', lang: 'en', utt: r.utt, group: r.subset === 'news' ? 'news_query' : r.intent, expected, tags: [] });
    }
  }
  return rows;
}
