// Translates a feedparser fixture's `Expect:` line (a Python expression about feedparser's result) into checks on
// Earshot's stories, for `npm run eval`; a file counts only when every clause translates, else it is excluded.

// Rules, the same for every file:
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
import { parseFeedDate } from '../../src/domain/feed/feed-date';
import type { FeedResult } from '../../src/domain/feed/feed-result';
import { safeHttpUrl } from '../../src/domain/news/story';
import { htmlToText } from '../../src/domain/text/html-to-text';
import type { Story } from '../../src/domain/types';
import { IN_SCOPE, parseExpect, type Clause, type Field, type Term } from './python-expect';

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

export interface Translation {
  inScope: boolean;
  /** null when some clause does not translate. */
  run: ((r: FeedResult) => string[]) | null;
}

export function translate(expectSrc: string): Translation {
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

/** The `Expect:` expression from a fixture's header comment (or a JSON file's "__TEST__" string), or null. */
export function header(text: string): { expect: string } | null {
  const json = /"__TEST__"\s*:\s*"([^"]*)"/.exec(text);
  const m = /Description:\s*(.*?)\s*Expect:\s*(.*?)\s*-->/s.exec(json ? json[1] : text);
  return m ? { expect: m[2].replace(/\s+/g, ' ') } : null;
}
