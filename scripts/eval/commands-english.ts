// `npm run eval`: the command parser on real English spoken commands (SLURP + HWU64, ../shared/eval/commands),
// with the floors `npm run eval:commands` enforced while these files were in the repository.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { actsOn, confusion, failures, perIntent, score } from './command-score';
import { findData, shown } from './data-root';
import { ENGLISH_FILES, englishRows } from './english-corpora';
import { rate, type EvalResult } from './report';

/** Issue 3 targets. */
export const ENGLISH_FLOORS = { newsRecall: 0.9, topicContained: 0.75, daysExact: 0.9, noneFalsePositives: 0.03 };

export function evalEnglishCommands(opts: { today: string; details: boolean; failures: boolean }): EvalResult {
  const title = 'Commands: SLURP + HWU64 (English)';
  const dir = findData('commands');
  if (dir.path === null) return { title, skipped: dir.missing, measures: [] };
  const missing = ENGLISH_FILES.map((f) => join(dir.path, f)).find((p) => !existsSync(p));
  if (missing) return { title, skipped: `${shown(missing)} not found`, measures: [] };

  const en = englishRows(dir.path, opts.today).map((r) => score(r, opts.today));
  const news = en.filter((s) => s.row.group === 'news_query');
  const withTopic = en.filter((s) => s.row.expected.topicRule === 'contains');
  const withDays = en.filter((s) => s.row.expected.days);
  const noneRows = en.filter((s) => s.row.expected.intent === 'none');
  const group = (g: string) => en.filter((s) => s.row.group === g);
  const [repeat, stop] = [group('general_repeat'), group('general_commandstop')];
  const notes = [`${en.length.toLocaleString('en-US')} distinct utterances from ${shown(dir.path)}, today = ${opts.today}`];
  if (opts.details) notes.push('', perIntent(en), '', confusion(en));
  if (opts.failures) notes.push('', 'Misses:', failures(en));
  return {
    title,
    notes,
    measures: [
      rate('news queries understood as a briefing', news.filter((s) => s.intentOk).length, news.length, { atLeast: ENGLISH_FLOORS.newsRecall }),
      rate('topic contained, rows with an annotated topic', withTopic.filter((s) => s.topicOk).length, withTopic.length, { atLeast: ENGLISH_FLOORS.topicContained }),
      rate('days exact, rows with an annotated date', withDays.filter((s) => s.daysOk).length, withDays.length, { atLeast: ENGLISH_FLOORS.daysExact }),
      rate('other intents wrongly taken as a command', noneRows.filter((s) => actsOn(s.got)).length, noneRows.length, { atMost: ENGLISH_FLOORS.noneFalsePositives }),
      rate('other intents taken as a question about the story (answered from it or declined)', noneRows.filter((s) => s.got.intent === 'ask').length, noneRows.length),
      rate('HWU64 "repeat" rows understood', repeat.filter((s) => s.intentOk).length, repeat.length),
      rate('HWU64 "stop" rows understood', stop.filter((s) => s.intentOk).length, stop.length),
    ],
  };
}
