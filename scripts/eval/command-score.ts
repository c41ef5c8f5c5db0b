// Scores the app's understanding (the grammar with the learned model; or the grammar alone) on evaluation rows, and
// prints the per-intent table, the confusion table and the misses.
import { understand } from '../../src/domain/command/command-model';
import { INTENTS, type Command, type ParseContext } from '../../src/domain/command/types';
import { matchKey } from '../../src/domain/text/normalize';
import type { EvalRow } from './command-sets';
import { sameOutlet } from './outlets';
import { pct, table } from './report';

export interface Scored {
  row: EvalRow;
  got: Command;
  intentOk: boolean;
  topicOk: boolean | null;
  daysOk: boolean | null;
  /** Null when the row's set has no `outlet` column. */
  outletOk: boolean | null;
  /** Null when the row's set has no `minutes` column. */
  minutesOk: boolean | null;
}

export function score(row: EvalRow, today: string, read: (utterance: string, ctx: ParseContext) => Command = understand): Scored {
  const got = read(row.utt, { lang: row.lang, today });
  const e = row.expected;
  // A question for another assistant ("how tall is Fansipan") may be taken as a question about the story: it is then
  // answered from the story or declined, never acted on (the parse contract: such questions are `ask` or `none`).
  const intentOk = got.intent === e.intent || (e.intent === 'none' && got.intent === 'ask');
  let topicOk: boolean | null = null;
  if (e.topicRule === 'contains') topicOk = got.topic !== null && matchKey(got.topic).includes(matchKey(e.topic ?? ''));
  if (e.topicRule === 'equals') topicOk = (got.topic === null ? null : matchKey(got.topic)) === (e.topic === null ? null : matchKey(e.topic));
  const daysOk = e.days ? got.from === e.days.from && got.to === e.days.to : null;
  const outletOk = e.outlet === undefined ? null : sameOutlet(got.outlet, e.outlet);
  const minutesOk = e.minutes === undefined ? null : (got.minutes ?? null) === e.minutes;
  return { row, got, intentOk, topicOk, daysOk, outletOk, minutesOk };
}

/** The app does something with the command: `none` and `ask` (answered from the story, or declined) do not act. */
export const actsOn = (c: Command) => c.intent !== 'none' && c.intent !== 'ask';

/** Intent, topic, days, and outlet and minutes where the set labels them, all as expected. */
export const exact = (s: Scored) => s.intentOk && s.topicOk !== false && s.daysOk !== false && s.outletOk !== false && s.minutesOk !== false;

export function perIntent(scored: Scored[]): string {
  const rows = INTENTS.flatMap((intent) => {
    const expected = scored.filter((s) => s.row.expected.intent === intent);
    const predicted = scored.filter((s) => s.got.intent === intent);
    if (expected.length === 0 && predicted.length === 0) return [];
    const tp = expected.filter((s) => s.intentOk).length;
    return [[intent, expected.length, predicted.length, pct(tp, predicted.length), pct(tp, expected.length)]];
  });
  return table(['intent', 'rows', 'predicted', 'precision', 'recall'], rows);
}

export function confusion(scored: Scored[]): string {
  const predicted = INTENTS.filter((i) => scored.some((s) => s.got.intent === i));
  const rows = INTENTS.filter((i) => scored.some((s) => s.row.expected.intent === i)).map((exp) => [
    exp,
    ...predicted.map((p) => scored.filter((s) => s.row.expected.intent === exp && s.got.intent === p).length || '.'),
  ]);
  return table(['expected \\ got', ...predicted], rows);
}

export function failures(scored: Scored[], limit = 400): string {
  return scored
    .filter((s) => !exact(s))
    .slice(0, limit)
    .map((s) => {
      const e = s.row.expected;
      const extra = (outlet: string | null | undefined, minutes: number | null | undefined) =>
        `${outlet !== undefined ? ` outlet=${outlet ?? '-'}` : ''}${minutes !== undefined ? ` minutes=${minutes ?? '-'}` : ''}`;
      const want = `want ${e.intent} topic=${e.topic ?? '-'} days=${e.days ? `${e.days.from ?? '-'}..${e.days.to ?? '-'}` : '(any)'}${extra(e.outlet, e.minutes)}`;
      const got = `got ${s.got.intent} topic=${s.got.topic ?? '-'} days=${s.got.from ?? '-'}..${s.got.to ?? '-'}${extra(
        e.outlet === undefined ? undefined : s.got.outlet,
        e.minutes === undefined ? undefined : (s.got.minutes ?? null),
      )}`;
      return `  [${s.row.group}] ${s.row.utt.replaceAll('\u200b', '<ZWSP>')}\n      ${want}  ${got}`;
    })
    .join('\n');
}
