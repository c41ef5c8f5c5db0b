// The feed parser measured on other projects' test corpora (tests/fixtures/feeds, see its README).
//
// feedparser (wellformed/): each fixture's header says `Expect: <python expression>` about feedparser's
// result. A small translator turns the expressions about an entry's title, link, summary/content or
// date into checks on our Story; a file counts only when every clause of its expression translates,
// otherwise it is excluded (and counted as excluded). Rules, applied to every file alike:
//   - `not bozo`                       → parseFeed returned ok.
//   - title, title_detail.value        → story.title
//   - link                             → story.url, after the same canonicalisation (safeHttpUrl) of the expected value
//   - summary, description, summary_detail.value, content[i].value → story.text
//   - published/updated/created/issued/modified/date (text) → story.publishedAt is the instant that text
//     denotes (read with parseFeedDate); *_parsed tuples → the UTC year, month, day, hour, minute, second
//     of story.publishedAt (feedparser's weekday/yearday/dst fields follow from those).
//   - Text is compared as plain text, because a Story holds no HTML: whitespace runs collapse to one space
//     on both sides, and the expected value may be read either as HTML (htmlToText: tags dropped, entities
//     decoded) or as plain text, since feedparser keeps the element's declared type (which the Expect line
//     does not repeat) beside the value. Our model keeps one body per story (the longest), so when one
//     Expect line checks two bodies of an entry (description and content), story.text must equal the
//     longer one; a check of only the shorter body (a summary beside longer content) fails, and is left failing.
//   - Anything else (link/content metadata such as rel, type or src, enclosures, lengths, feed-level fields)
//     does not translate. No file is special-cased.
// Items that have neither title nor text are kept for these checks (keepEmpty), since many fixtures
// carry just the one element they test.
//
// feedparser (illformed/): every file returns ok or a problem, without throwing, quickly.
// gofeed (testdata/**/*.json): JSON Feed inputs must parse; the ones that are not feeds by design must
// give a problem: `invalid/` (its "version" key is misspelt) and translator/*_expected.json (gofeed's own
// output shape, not JSON Feed).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/domain/feed/feed-date';
import { safeHttpUrl } from '../../src/domain/news/story';
import { htmlToText } from '../../src/domain/text/html-to-text';
import type { Story } from '../../src/domain/types';
import { decodeFeedBytes } from '../../src/platform/feeds/decode-feed';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import type { FeedResult } from '../../src/domain/feed/feed-result';

const ROOT = join(import.meta.dirname, '../fixtures/feeds');
const NOW = Date.UTC(2031, 0, 2, 3, 4, 5); // far from every fixture's dates, so a missed date shows

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

const read = (path: string) => decodeFeedBytes(new Uint8Array(readFileSync(path)));

// ---- a tokenizer and parser for the subset of Python the Expect lines use ----

type Token = { t: 'name' | 'num' | 'str' | 'op'; v: string };

function unescapePython(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' };
    return simple[e] ?? `\\${e}`;
  });
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const str = /^([rRuUbB]{0,2})("""|'''|"|')/.exec(rest);
    if (str) {
      const quote = str[2];
      let j = str[0].length;
      let body = '';
      while (j < rest.length && !rest.startsWith(quote, j)) {
        if (rest[j] === '\\') {
          body += rest.slice(j, j + 2);
          j += 2;
        } else body += rest[j++];
      }
      tokens.push({ t: 'str', v: unescapePython(body, /r/i.test(str[1])) });
      i += j + quote.length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(rest);
    if (name) {
      tokens.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|[[\](){},.:<>+-])/.exec(rest);
    if (!op) throw new Error(`cannot read ${rest.slice(0, 20)}`);
    tokens.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return tokens;
}

type Field = 'title' | 'url' | 'text' | 'date' | 'date-parts';
type Term =
  | { kind: 'entry'; index: number; field: Field | null; path: string }
  | { kind: 'str'; value: string }
  | { kind: 'tuple'; values: number[] }
  | { kind: 'other'; text: string };
type Clause = { kind: 'bozo'; expected: boolean } | { kind: 'compare'; terms: Term[] } | { kind: 'other' };

const DATE_NAMES = /^(published|updated|created|issued|modified|date)$/;
const DATE_PARSED = /^(published|updated|created|issued|modified|date)_parsed$/;
/** Entry keys whose tests are in scope (title, link, summary/content, dates), translatable or not. */
const IN_SCOPE = /^(title|title_detail|link|links|summary|summary_detail|description|content|(published|updated|created|issued|modified|date)(_parsed)?)$/;

function fieldOf(path: (string | number)[]): Field | null {
  const [key, ...rest] = path;
  const tail = rest.join('.');
  if (key === 'title' && tail === '') return 'title';
  if (key === 'title_detail' && tail === 'value') return 'title';
  if (key === 'link' && tail === '') return 'url';
  if ((key === 'summary' || key === 'description') && tail === '') return 'text';
  if (key === 'summary_detail' && tail === 'value') return 'text';
  if (key === 'content' && /^\d+\.value$/.test(tail)) return 'text';
  if (typeof key === 'string' && DATE_NAMES.test(key) && tail === '') return 'date';
  if (typeof key === 'string' && DATE_PARSED.test(key) && tail === '') return 'date-parts';
  return null;
}

/** Parses `a and not b and x == y == z`; throws on anything outside that shape. */
function parseExpect(src: string): Clause[] {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const take = () => tokens[p++];

  function term(): Term {
    const tok = take();
    if (!tok) throw new Error('unexpected end');
    if (tok.t === 'str') {
      let value = tok.v;
      while (peek()?.t === 'str') value += take().v; // implicit concatenation
      return { kind: 'str', value };
    }
    if (tok.t === 'op' && tok.v === '(') {
      const values: number[] = [];
      while (peek() && !(peek().t === 'op' && peek().v === ')')) {
        const n = take();
        if (n.t === 'num') values.push(Number(n.v));
        else if (!(n.t === 'op' && n.v === ',')) return skipTo({ kind: 'other', text: n.v });
      }
      take();
      return { kind: 'tuple', values };
    }
    if (tok.t === 'name' && tok.v === 'entries') {
      const path: (string | number)[] = [];
      let index: number | null = null;
      while (peek()?.t === 'op' && (peek().v === '[' || peek().v === '.')) {
        if (take().v === '.') {
          path.push(take().v);
          continue;
        }
        const key = take();
        if (take().v !== ']') return skipTo({ kind: 'other', text: 'slice' });
        const k = key.t === 'num' ? Number(key.v) : key.v;
        if (index === null && typeof k === 'number') index = k;
        else path.push(k);
      }
      if (index === null) return { kind: 'other', text: 'entries' };
      return { kind: 'entry', index, field: fieldOf(path), path: path.join('.') };
    }
    return skipTo({ kind: 'other', text: tok.v });
  }

  /** Consumes the rest of an untranslatable term (calls, subscripts, dicts) up to the next `==` or `and`. */
  function skipTo(t: Term): Term {
    let depth = 0;
    while (peek()) {
      const tok = peek();
      if (depth === 0 && ((tok.t === 'op' && tok.v === '==') || (tok.t === 'name' && tok.v === 'and'))) break;
      if (tok.t === 'op' && '([{'.includes(tok.v)) depth++;
      if (tok.t === 'op' && ')]}'.includes(tok.v)) depth--;
      take();
    }
    return t;
  }

  const clauses: Clause[] = [];
  while (peek()) {
    if (peek().t === 'name' && peek().v === 'not' && tokens[p + 1]?.v === 'bozo') {
      p += 2;
      clauses.push({ kind: 'bozo', expected: false });
    } else if (peek().t === 'name' && peek().v === 'bozo' && (!tokens[p + 1] || tokens[p + 1].v === 'and')) {
      p += 1;
      clauses.push({ kind: 'bozo', expected: true });
    } else {
      const terms = [term()];
      let otherOp = false;
      while (peek() && !(peek().t === 'name' && peek().v === 'and')) {
        const op = take();
        if (op.t === 'op' && op.v === '==') terms.push(term());
        else {
          otherOp = true;
          skipTo({ kind: 'other', text: op.v });
        }
      }
      clauses.push(otherOp || terms.length < 2 ? { kind: 'other' } : { kind: 'compare', terms });
    }
    if (peek()?.t === 'name' && peek().v === 'and') take();
  }
  return clauses;
}

// ---- checks on stories ----

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function textMatches(actual: string, expected: string): boolean {
  const a = flat(actual);
  return a === flat(htmlToText(expected)) || a === flat(expected);
}

type Check = (story: Story | undefined) => string | null; // null when it holds, else what differed

function checkFor(field: Field, literal: Term): Check | null {
  if (literal.kind === 'str') {
    const e = literal.value;
    if (field === 'title') return (s) => (s && textMatches(s.title, e) ? null : `title ${JSON.stringify(s?.title)} ≠ ${JSON.stringify(e)}`);
    if (field === 'text') return (s) => (s && textMatches(s.text, e) ? null : `text ${JSON.stringify(s?.text)} ≠ ${JSON.stringify(e)}`);
    if (field === 'url') return (s) => (s && s.url === safeHttpUrl(e) ? null : `url ${JSON.stringify(s?.url)} ≠ ${JSON.stringify(e)}`);
    if (field === 'date') {
      const t = parseFeedDate(e);
      return (s) => (s && t !== null && s.publishedAt === t ? null : `date ${s && new Date(s.publishedAt).toISOString()} ≠ ${e}`);
    }
  }
  if (literal.kind === 'tuple' && field === 'date-parts' && literal.values.length >= 6) {
    const want = literal.values.slice(0, 6).join(',');
    return (s) => {
      if (!s) return 'no story';
      const d = new Date(s.publishedAt);
      const got = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].join(',');
      return got === want ? null : `date parts ${got} ≠ ${want}`;
    };
  }
  return null;
}

interface Translation {
  inScope: boolean;
  /** null when some clause does not translate. */
  run: ((r: FeedResult) => string[]) | null;
}

function translate(expectSrc: string): Translation {
  let clauses: Clause[];
  try {
    clauses = parseExpect(expectSrc);
  } catch {
    return { inScope: /entries\s*\[\s*\d+\s*\]\s*(\[\s*['"]|\.)(title|link|summary|description|content|published|updated|created|issued|modified|date)/.test(expectSrc), run: null };
  }
  const entryTerms = clauses.flatMap((c) => (c.kind === 'compare' ? c.terms : [])).filter((t) => t.kind === 'entry');
  const inScope = entryTerms.some((t) => t.kind === 'entry' && IN_SCOPE.test(t.path.split('.')[0]));
  const steps: ((r: FeedResult) => string | null)[] = [];
  // Bodies checked per entry: a Story has one text, the longest body, so when an Expect line checks two
  // different bodies of one entry (say description and content) only the longest one is checked.
  const bodies = new Map<number, { path: string; value: string }[]>();
  for (const c of clauses) {
    if (c.kind !== 'compare') continue;
    const literal = c.terms.find((t) => t.kind === 'str');
    for (const t of c.terms) {
      if (t.kind === 'entry' && t.field === 'text' && literal?.kind === 'str') {
        bodies.set(t.index, [...(bodies.get(t.index) ?? []), { path: t.path, value: literal.value }]);
      }
    }
  }
  const longestBody = (index: number): Term | null => {
    const list = bodies.get(index) ?? [];
    if (new Set(list.map((b) => b.path)).size < 2) return null;
    const best = list.reduce((a, b) => (htmlToText(b.value).length > htmlToText(a.value).length ? b : a));
    return { kind: 'str', value: best.value };
  };
  const checkedLongest = new Set<number>();
  for (const c of clauses) {
    if (c.kind === 'other') return { inScope, run: null };
    if (c.kind === 'bozo') {
      if (c.expected) return { inScope, run: null }; // "bozo" means "not well-formed": no Story counterpart
      steps.push((r) => (r.ok ? null : `not ok: ${JSON.stringify(r.problem)}`));
      continue;
    }
    const literals = c.terms.filter((t) => t.kind === 'str' || t.kind === 'tuple');
    const entries = c.terms.filter((t): t is Extract<Term, { kind: 'entry' }> => t.kind === 'entry');
    if (literals.length !== 1 || entries.length + 1 !== c.terms.length) return { inScope, run: null };
    for (const e of entries) {
      if (!e.field) return { inScope, run: null };
      const longest = e.field === 'text' ? longestBody(e.index) : null;
      if (longest && checkedLongest.has(e.index)) continue;
      if (longest) checkedLongest.add(e.index);
      const check = checkFor(e.field, longest ?? literals[0]);
      if (!check) return { inScope, run: null };
      steps.push((r) => (r.ok ? check(r.feed.stories[e.index]) : `not ok: ${JSON.stringify(r.problem)}`));
    }
  }
  if (!entryTerms.length) return { inScope, run: null };
  return { inScope, run: (r) => steps.map((s) => s(r)).filter((x): x is string => x !== null) };
}

function header(text: string): { expect: string } | null {
  const json = /"__TEST__"\s*:\s*"([^"]*)"/.exec(text);
  const m = /Description:\s*(.*?)\s*Expect:\s*(.*?)\s*-->/s.exec(json ? json[1] : text);
  return m ? { expect: m[2].replace(/\s+/g, ' ') } : null;
}

// ---- the tests ----

describe('feedparser wellformed corpus', () => {
  const dir = join(ROOT, 'feedparser/tests/wellformed');
  const files = filesUnder(dir);

  it('reads entry titles, links, text and dates as feedparser expects in ≥ 90% of the translatable files', () => {
    let inScope = 0;
    let untranslatable = 0;
    let passed = 0;
    const failures: string[] = [];
    const byFolder = new Map<string, { counted: number; passed: number }>();
    for (const path of files) {
      const h = header(read(path));
      if (!h) continue;
      const tr = translate(h.expect);
      if (tr.inScope) inScope++;
      if (!tr.run) {
        if (tr.inScope) untranslatable++;
        continue;
      }
      const name = relative(dir, path);
      const folder = name.split('/')[0];
      const stats = byFolder.get(folder) ?? { counted: 0, passed: 0 };
      byFolder.set(folder, stats);
      stats.counted++;
      const result = parseFeed(read(path), NOW, { keepEmpty: true });
      const problems = tr.run(result);
      if (problems.length === 0) {
        passed++;
        stats.passed++;
      } else failures.push(`${name}: ${problems.join('; ')}`);
    }
    const counted = passed + failures.length;
    const rate = counted ? passed / counted : 0;
    const folders = [...byFolder].map(([f, s]) => `${f} ${s.passed}/${s.counted}`).join(', ');
    console.log(
      `feedparser wellformed: ${files.length} files; ${inScope} test an entry's title/link/text/date; ` +
        `${counted} counted (translatable), ${passed} passed (${(rate * 100).toFixed(1)}%), ` +
        `${files.length - counted} excluded (${untranslatable} of them in scope but not translatable). By folder: ${folders}`,
    );
    if (failures.length) console.log(`failing:\n  ${failures.join('\n  ')}`);
    expect(counted).toBeGreaterThanOrEqual(100);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});

describe('feedparser illformed corpus', () => {
  const dir = join(ROOT, 'feedparser/tests/illformed');
  const files = filesUnder(dir).filter((f) => !/(LICENSE|README)/.test(f));

  it('returns a result (ok or a problem) for every file, without throwing or hanging', () => {
    const outcomes: string[] = [];
    for (const path of files) {
      const text = read(path);
      const start = performance.now();
      let result: FeedResult | undefined;
      expect(() => (result = parseFeed(text, NOW))).not.toThrow();
      const ms = performance.now() - start;
      expect(ms, relative(dir, path)).toBeLessThan(1000);
      expect(typeof result?.ok).toBe('boolean');
      outcomes.push(result?.ok ? 'ok' : result!.problem.kind);
    }
    const counts = outcomes.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
    console.log(`feedparser illformed: ${files.length} files, none threw or took ≥ 1 s; outcomes ${JSON.stringify(counts)}`);
  });
});

describe('JSON Feed corpora', () => {
  const gofeed = filesUnder(join(ROOT, 'gofeed/testdata')).filter((f) => f.endsWith('.json'));
  const notFeeds = (path: string) => /\/invalid\//.test(path) || /\/translator\/.*_expected\.json$/.test(path);

  it('parses every gofeed JSON Feed fixture, and refuses the ones that are not feeds', () => {
    let ok = 0;
    for (const path of gofeed) {
      const result = parseFeed(read(path), NOW);
      const name = relative(ROOT, path);
      if (notFeeds(path)) expect(result.ok, name).toBe(false);
      else {
        expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.problem)}`).toBe(true);
        ok++;
      }
    }
    console.log(`gofeed JSON: ${gofeed.length} files; ${ok}/${gofeed.filter((f) => !notFeeds(f)).length} feeds parsed ok; ${gofeed.filter(notFeeds).length} non-feeds refused`);
  });

  it("reads feedparser's JSON Feed example (feed.title and two entries)", () => {
    const result = parseFeed(read(join(ROOT, 'feedparser/tests/json/example.json')), NOW);
    expect(result.ok && result.feed.title).toBe('My Example Feed');
    expect(result.ok && result.feed.stories.length).toBe(2);
  });
});
