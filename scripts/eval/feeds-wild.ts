// `npm run eval`: real-world feed captures (../shared/eval/feeds/wild) imported as the app imports a file (bytes →
// decodeFeedBytes → parseFeed, no feed address) and compared with expect.jsonl; a black-box check with its misses listed.

// The captures come from seven open-source feed parsers' test suites and three VnExpress pages (see that folder's
// README). The parser is never changed to fit these files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { findData, shown } from './data-root';
import { EVAL_NOW, readFeedFile } from './feed-files';
import { countOf, type EvalResult } from './report';

/** What the parser agreed with when this evaluation was written (measured, not a wish); a lower count fails. */
export const WILD_FLOORS = { files: 55, items: 58, title: 58, link: 54, date: 51, refused: 2 };

export interface WildExpect {
  file: string;
  items: number;
  items_acceptable?: number[];
  first_title: string | null;
  first_link: string | null;
  /** The link as the file writes it, where that is relative (first_link is then the resolved one). */
  first_link_raw?: string;
  first_date: string | null;
  expect_error?: boolean;
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export type WildField = 'items' | 'title' | 'link' | 'date';

/** Which fields of one file disagree (empty when all agree); `date` is not checked where expect.jsonl has none. */
export function compareWild(expect: WildExpect, text: string): { refusedAsExpected: boolean | null; misses: string[]; checked: WildField[] } {
  const result = parseFeed(text, EVAL_NOW);
  if (expect.expect_error) {
    return { refusedAsExpected: !result.ok, misses: result.ok ? [`read as a feed of ${result.feed.stories.length} stories, not refused`] : [], checked: [] };
  }
  if (!result.ok) return { refusedAsExpected: null, misses: [`refused: ${JSON.stringify(result.problem)}`], checked: ['items', 'title', 'link', 'date'] };
  const { stories } = result.feed;
  const first = stories[0];
  const misses: string[] = [];
  const checked: WildField[] = ['items', 'title', 'link'];
  if (stories.length !== expect.items && !expect.items_acceptable?.includes(stories.length)) misses.push(`items ${stories.length} ≠ ${expect.items_acceptable?.join(' or ') ?? expect.items}`);
  if (collapse(first.title) !== collapse(expect.first_title)) misses.push(`title ${JSON.stringify(first.title)} ≠ ${JSON.stringify(expect.first_title)}`);
  if (first.url !== (expect.first_link ?? '')) misses.push(`link ${JSON.stringify(first.url)} ≠ ${JSON.stringify(expect.first_link)}`);
  if (expect.first_date !== null) {
    checked.push('date');
    const want = Date.parse(expect.first_date);
    if (first.publishedAt !== want) misses.push(`date ${first.publishedAt === EVAL_NOW ? '(none read)' : new Date(first.publishedAt).toISOString()} ≠ ${expect.first_date}`);
  }
  return { refusedAsExpected: null, misses, checked };
}

export function evalWildFeeds(): EvalResult {
  const title = 'Feeds: real-world captures (feeds/wild)';
  const root = findData('feeds', 'wild');
  if (root.path === null) return { title, skipped: root.missing, measures: [] };
  const index = join(root.path, 'expect.jsonl');
  if (!existsSync(index)) return { title, skipped: `${shown(index)} not found`, measures: [] };
  const rows = readFileSync(index, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as WildExpect);

  const agree: Record<WildField, [number, number]> = { items: [0, 0], title: [0, 0], link: [0, 0], date: [0, 0] };
  let matching = 0;
  let matchingButRelative = 0;
  let refused = 0;
  const nonFeeds = rows.filter((r) => r.expect_error).length;
  const notes: string[] = [];
  for (const row of rows) {
    const path = join(root.path, 'files', row.file);
    const { refusedAsExpected, misses, checked } = existsSync(path) ? compareWild(row, readFeedFile(path)) : { refusedAsExpected: null, misses: ['file not found'], checked: [] as WildField[] };
    if (refusedAsExpected) refused++;
    for (const field of checked) {
      agree[field][1]++;
      if (!misses.some((m) => m.startsWith(`${field} `) || m.startsWith('refused'))) agree[field][0]++;
    }
    if (misses.length === 0) matching++;
    // A bare file cannot always resolve a relative link; some readers count leaving it out as agreeing.
    if (misses.length === 1 && row.first_link_raw && misses[0].startsWith('link "" ')) matchingButRelative++;
    if (misses.length) notes.push(`miss: ${row.file}: ${misses.join('; ')}`);
  }
  const field = (name: string, key: WildField) => countOf(name, agree[key][0], agree[key][1], WILD_FLOORS[key]);
  return {
    title,
    measures: [
      field('item count (or an acceptable one)', 'items'),
      field('first title', 'title'),
      field('first link', 'link'),
      field('first date (where expect.jsonl gives one)', 'date'),
      countOf('non-feeds refused with a problem', refused, nonFeeds, WILD_FLOORS.refused),
      countOf('files fully matching', matching, rows.length, WILD_FLOORS.files),
      { name: 'the same, counting a relative link left out as agreeing', value: `${matching + matchingButRelative} of ${rows.length}`, floor: 'reported', ok: null },
    ],
    notes,
  };
}
