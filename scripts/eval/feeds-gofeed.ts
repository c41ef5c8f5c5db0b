// `npm run eval`: the JSON Feed reader on gofeed's fixtures (MIT, ../shared/eval/feeds/gofeed): JSON Feed 1.0/1.1
// inputs must be read, and the files that are not feeds by design refused.

// Not feeds: `invalid/` (its "version" key is misspelt) and translator/*_expected.json (gofeed's own output shape).
import { relative } from 'node:path';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { findData } from './data-root';
import { EVAL_NOW, filesUnder, readFeedFile } from './feed-files';
import { countOf, type EvalResult } from './report';

const notAFeed = (path: string) => /\/invalid\//.test(path) || /\/translator\/.*_expected\.json$/.test(path);

export function evalGofeed(): EvalResult {
  const title = "Feeds: gofeed's JSON Feed fixtures (MIT)";
  const root = findData('feeds', 'gofeed', 'testdata');
  if (root.path === null) return { title, skipped: root.missing, measures: [] };
  const files = filesUnder(root.path).filter((f) => f.endsWith('.json'));
  const feeds = files.filter((f) => !notAFeed(f));
  const others = files.filter(notAFeed);
  const misses: string[] = [];
  const read = feeds.filter((f) => {
    const r = parseFeed(readFeedFile(f), EVAL_NOW);
    if (!r.ok) misses.push(`${relative(root.path, f)} refused: ${JSON.stringify(r.problem)}`);
    return r.ok;
  }).length;
  const refused = others.filter((f) => {
    const r = parseFeed(readFeedFile(f), EVAL_NOW);
    if (r.ok) misses.push(`${relative(root.path, f)} read as a feed of ${r.feed.stories.length} stories`);
    return !r.ok;
  }).length;
  return {
    title,
    measures: [countOf('JSON Feed 1.0/1.1 inputs read', read, feeds.length), countOf('files that are not feeds refused', refused, others.length)],
    notes: misses,
  };
}
