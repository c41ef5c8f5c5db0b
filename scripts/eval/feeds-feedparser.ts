// `npm run eval`: the feed parser on feedparser's test corpus (BSD-2-Clause, ../shared/eval/feeds/feedparser), with
// each well-formed file's `Expect:` line translated into checks on our stories.

// illformed/: every file gives stories or a problem, never throws, each in under a second; json/example.json: a JSON Feed.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeedResult } from '../../src/domain/feed/feed-result';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { findData } from './data-root';
import { header, translate } from './feedparser-expect';
import { EVAL_NOW, filesUnder, readFeedFile } from './feed-files';
import { countOf, rate, type EvalResult, type Measure } from './report';

export const FEEDPARSER_FLOORS = { wellformed: 0.9, minCounted: 100, illformedMs: 1000 };

function wellformed(dir: string, notes: string[], listFailures: boolean): Measure[] {
  const files = filesUnder(dir);
  let inScope = 0;
  let untranslatable = 0;
  let passed = 0;
  const failures: string[] = [];
  const byFolder = new Map<string, { counted: number; passed: number }>();
  for (const path of files) {
    const h = header(readFeedFile(path));
    if (!h) continue;
    const tr = translate(h.expect);
    if (tr.inScope) inScope++;
    if (!tr.run) {
      if (tr.inScope) untranslatable++;
      continue;
    }
    const name = relative(dir, path);
    const stats = byFolder.get(name.split('/')[0]) ?? { counted: 0, passed: 0 };
    byFolder.set(name.split('/')[0], stats);
    stats.counted++;
    // Items with neither title nor text are kept here, since many fixtures carry just the one element they test.
    const problems = tr.run(parseFeed(readFeedFile(path), EVAL_NOW, { keepEmpty: true }));
    if (problems.length === 0) {
      passed++;
      stats.passed++;
    } else failures.push(`${name}: ${problems.join('; ')}`);
  }
  const counted = passed + failures.length;
  notes.push(
    `wellformed: ${files.length} files; ${inScope} test an entry's title/link/text/date; ${counted} translate and are counted, ` +
      `${files.length - counted} excluded (${untranslatable} of them in scope but not translatable). ` +
      `By folder: ${[...byFolder].map(([f, s]) => `${f} ${s.passed}/${s.counted}`).join(', ')}`,
  );
  if (failures.length) notes.push(`wellformed misses:${listFailures ? `\n  ${failures.join('\n  ')}` : ` ${failures.map((f) => f.split(':')[0]).join(', ')}`}`);
  return [
    rate("well-formed files whose Expect checks an entry's title, link, text or date, read as expected", passed, counted, { atLeast: FEEDPARSER_FLOORS.wellformed }),
    countOf('well-formed files counted (translatable)', counted, counted, FEEDPARSER_FLOORS.minCounted),
  ];
}

function illformed(dir: string, notes: string[]): Measure[] {
  const files = filesUnder(dir).filter((f) => !/(LICENSE|README)/.test(f));
  let answered = 0;
  let slowest = 0;
  const outcomes: Record<string, number> = {};
  const broken: string[] = [];
  for (const path of files) {
    const start = performance.now();
    let result: FeedResult | undefined;
    try {
      result = parseFeed(readFeedFile(path), EVAL_NOW);
    } catch (e) {
      broken.push(`${relative(dir, path)} threw ${(e as Error).message}`);
    }
    const ms = performance.now() - start;
    slowest = Math.max(slowest, ms);
    if (result && typeof result.ok === 'boolean' && ms < FEEDPARSER_FLOORS.illformedMs) {
      answered++;
      const kind = result.ok ? 'read' : result.problem.kind;
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    } else if (result) broken.push(`${relative(dir, path)} took ${ms.toFixed(0)} ms`);
  }
  notes.push(`illformed: ${Object.entries(outcomes).map(([k, n]) => `${n} ${k}`).join(', ')}; slowest ${slowest.toFixed(0)} ms${broken.length ? `; ${broken.join('; ')}` : ''}`);
  return [countOf('ill-formed files giving stories or a problem, without throwing, each < 1 s', answered, files.length)];
}

function jsonExample(path: string): Measure {
  const result = parseFeed(readFeedFile(path), EVAL_NOW);
  const ok = result.ok && result.feed.title === 'My Example Feed' && result.feed.stories.length === 2;
  return { name: 'json/example.json: feed title and its two entries', value: ok ? 'as expected' : JSON.stringify(result).slice(0, 80), floor: 'as expected', ok };
}

export function evalFeedparser(opts: { failures: boolean }): EvalResult {
  const title = "Feeds: feedparser's test corpus (BSD-2-Clause)";
  const root = findData('feeds', 'feedparser', 'tests');
  if (root.path === null) return { title, skipped: root.missing, measures: [] };
  const notes: string[] = [];
  const measures = [...wellformed(join(root.path, 'wellformed'), notes, opts.failures), ...illformed(join(root.path, 'illformed'), notes)];
  const example = join(root.path, 'json', 'example.json');
  if (existsSync(example)) measures.push(jsonExample(example));
  return { title, measures, notes };
}
