// The command sets written for Earshot: how a set is read (header-driven, old and new columns), how outlets are
// compared, and the files themselves: each parses, its tags agree with its labels, and no utterance is in two files
// (tuned and held-out sets must not share a sentence).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score } from '../../scripts/eval/command-score';
import { COMMAND_SETS, FIXTURES, parseSet, tsvRows } from '../../scripts/eval/command-sets';
import { annotatedMediaType, outcomesByIntent } from '../../scripts/eval/commands-massive';
import { isOutletMediaType, outletFound, outletKey, sameOutlet } from '../../scripts/eval/outlets';

const OLD = 'utterance\tintent\ttopic\tfrom\tto\ttags\nnext\tnext\t-\t-\t-\tplain\ntin chip hôm qua\tbrief\tchip\t2026-11-27\t2026-11-27\tdiacritics,digits\n';
const NEW = [
  '# a comment',
  'utterance\tintent\ttopic\toutlet\tfrom\tto\tminutes\ttags',
  'what did Reuters say about chips\tbrief\tchips\tReuters\t-\t-\t-\toutlet question',
  'a five minute briefing\tbrief\t-\t-\t-\t-\t5\t-',
].join('\n');

describe('parseSet', () => {
  it('reads the old six columns: outlet and minutes are not scored', () => {
    const rows = parseSet(OLD, 'old.tsv', 'vi');
    expect(rows.map((r) => r.expected)).toEqual([
      { intent: 'next', topic: null, topicRule: 'equals', days: { from: null, to: null } },
      { intent: 'brief', topic: 'chip', topicRule: 'equals', days: { from: '2026-11-27', to: '2026-11-27' } },
    ]);
    expect(rows[1].tags).toEqual(['diacritics', 'digits']);
    expect(score(rows[0], '2026-11-28')).toMatchObject({ intentOk: true, outletOk: null, minutesOk: null });
  });

  it('reads outlet and minutes by the header, and scores them', () => {
    const rows = parseSet(NEW, 'new.tsv', 'en');
    expect(rows[0]).toMatchObject({ id: 'new.tsv:3', tags: ['outlet', 'question'], expected: { outlet: 'Reuters', minutes: null } });
    expect(rows[1].expected).toMatchObject({ outlet: null, minutes: 5 });
    const s = score(rows[1], '2026-11-28');
    expect([s.outletOk, typeof s.minutesOk]).toEqual([true, 'boolean']);
  });

  it('says which line is wrong', () => {
    expect(() => parseSet('utterance\tintent\nhi\tgreet\n', 'x.tsv', 'en')).toThrow('x.tsv:2: unknown intent "greet"');
    expect(() => parseSet('utterance\tintent\tfrom\tto\nhi\tbrief\t2026-02-30\t-\n', 'x.tsv', 'en')).toThrow('is not a day');
    expect(() => parseSet('utterance\tintent\tminutes\nhi\tbrief\ttwo\n', 'x.tsv', 'en')).toThrow('not a whole number');
    expect(() => parseSet('utterance\tintent\tcolour\n', 'x.tsv', 'en')).toThrow('unknown column colour');
    expect(() => parseSet('utterance\tintent\nhi\n', 'x.tsv', 'en')).toThrow('expected 2 tab-separated columns, found 1');
    expect(() => parseSet('hi\tnext\n', 'x.tsv', 'en')).toThrow('expected the header line');
  });
});

describe('outlets', () => {
  it('compare without case, diacritics, spaces, dots, "the", "báo", a trailing "news", with spoken numbers as digits', () => {
    const same = [
      ['c. n. n.', 'CNN'],
      ["c. n. n.'s", 'CNN'],
      ['the verge', 'The Verge'],
      ['Verge', 'The Verge'],
      ['b b c news', 'BBC'],
      ['tech crunch', 'TechCrunch'],
      ['hackernews', 'Hacker News'],
      ['v. t. v. một', 'VTV1'],
      ['kênh mười bốn', 'Kênh 14'],
      ['kenh 14', 'Kênh 14'],
      ['báo tuổi trẻ', 'Tuổi Trẻ'],
      ['bao moi', 'Báo Mới'],
      ['viet nam net', 'VietnamNet'],
      ['vnexpress dot com', 'VnExpress'],
    ];
    for (const [got, want] of same) expect(outletKey(got), `${got} = ${want}`).toBe(outletKey(want));
    expect(outletKey('BBC tiếng Việt')).not.toBe(outletKey('BBC'));
    expect(outletKey('VTV3')).not.toBe(outletKey('VTV1'));
    expect(outletKey('Zing')).not.toBe(outletKey('Tinh tế'));
  });

  it('null is only null; MASSIVE values are found by containment', () => {
    expect(sameOutlet(null, null)).toBe(true);
    expect(sameOutlet(undefined, null)).toBe(true);
    expect(sameOutlet('CNN', null)).toBe(false);
    expect(sameOutlet(null, 'CNN')).toBe(false);
    expect(outletFound('tuổi trẻ', 'báo tuổi trẻ')).toBe(true);
    expect(outletFound('kênh 14', 'kênh mười bốn chấm com')).toBe(true);
    expect(outletFound(null, 'c. n. n.')).toBe(false);
    expect(outletFound('bbc', 'c. n. n.')).toBe(false);
  });

  it('tells MASSIVE media_type values that name an outlet from generic ones and platforms', () => {
    for (const v of ['c. n. n.', 'b. b. c. world', 'new york times', 'hackernews', 'bay news nine', 'fox']) expect(isOutletMediaType(v, 'en'), v).toBe(true);
    for (const v of ['kênh mười bốn', 'báo tuổi trẻ', 'v. t. v. ba', 'việt nam chấm nét', 'tờ báo times của ấn độ']) expect(isOutletMediaType(v, 'vi'), v).toBe(true);
    for (const v of ['source', 'local news', 'morning news', 'new provider', 'nine', 'facebook', 'reddit', 'tweet']) expect(isOutletMediaType(v, 'en'), v).toBe(false);
    for (const v of ['mới nhất', 'tài chính kinh doanh', 'tin tức địa phương', 'nguồn tin', 'kênh thể thao', 'tin tức ở zalo', 'tin tức về tin tặc']) {
      expect(isOutletMediaType(v, 'vi'), v).toBe(false);
    }
    expect(annotatedMediaType('tin trên [media_type : báo tuổi trẻ] [date : hôm nay]')).toBe('báo tuổi trẻ');
    expect(annotatedMediaType('tin [date : hôm nay]')).toBeNull();
  });

  it('counts what the parser made of each MASSIVE intent', () => {
    const got = (intent: 'brief' | 'none' | 'stop' | 'ask') => ({ intent });
    expect(outcomesByIntent([
      { intent: 'news_query', got: got('brief') },
      { intent: 'news_query', got: got('none') },
      { intent: 'alarm_remove', got: got('stop') },
      { intent: 'qa_factoid', got: got('ask') },
    ])).toEqual([
      { intent: 'alarm_remove', rows: 1, brief: 0, command: 1, ask: 0, none: 0 },
      { intent: 'news_query', rows: 2, brief: 1, command: 0, ask: 0, none: 1 },
      { intent: 'qa_factoid', rows: 1, brief: 0, command: 0, ask: 1, none: 0 },
    ]);
  });
});

/** An utterance as compared across files: lower case, no diacritics, punctuation and invisible characters left out. */
const sentenceKey = (utt: string) =>
  utt
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

describe('the command sets', () => {
  const sets = COMMAND_SETS.map((set) => ({ set, rows: tsvRows(set.file, set.lang) }));

  it('lists every file in tests/fixtures/commands', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.tsv'));
    expect(files.sort()).toEqual(COMMAND_SETS.map((s) => s.file).sort());
  });

  it('shares no utterance between two files, and none within a new file', () => {
    const where = new Map<string, string>();
    const clashes: string[] = [];
    for (const { set, rows } of sets) {
      const own = new Set<string>();
      for (const r of rows) {
        const key = sentenceKey(r.utt);
        const other = where.get(key);
        if (other && other !== set.file) clashes.push(`${r.id} "${r.utt}" is also in ${other}`);
        // vi.tsv (written first) keeps some rows twice, with and without diacritics, on purpose.
        if (own.has(key) && set.file !== 'vi.tsv') clashes.push(`${r.id} "${r.utt}" twice in ${set.file}`);
        own.add(key);
        where.set(key, set.file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('labels outlets and minutes in the newer sets, with tags that agree with the labels', () => {
    const problems: string[] = [];
    for (const { set, rows } of sets) {
      const header = readFileSync(new URL(set.file, FIXTURES), 'utf8').split('\n').find((l) => l.startsWith('utterance\t'));
      if (!header?.includes('\toutlet\t')) continue;
      for (const r of rows) {
        const e = r.expected;
        const has = (tag: string) => r.tags.includes(tag);
        if (has('outlet') !== (typeof e.outlet === 'string')) problems.push(`${r.id}: outlet tag and outlet label disagree`);
        if (has('zwsp') !== r.utt.includes('\u200b')) problems.push(`${r.id}: zwsp tag and U+200B disagree`);
        if (has('other-domain') && e.intent !== 'none') problems.push(`${r.id}: other-domain but ${e.intent}`);
        if (has('spoken-form') && !has('outlet')) problems.push(`${r.id}: spoken-form without an outlet`);
        if (e.minutes !== null && e.intent !== 'brief') problems.push(`${r.id}: minutes on a ${e.intent}`);
        if (e.outlet !== null && e.intent !== 'brief') problems.push(`${r.id}: an outlet on a ${e.intent}`);
        if (set.lang === 'vi') {
          const diacritics = /[^\p{ASCII}]/u.test(r.utt.replaceAll('\u200b', ''));
          if (has('diacritics') !== diacritics || has('no-diacritics') === diacritics) problems.push(`${r.id}: diacritics tag is wrong`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
