import { describe, expect, it } from 'vitest';
import { QUESTION_WORDS } from './question-words';

describe('QUESTION_WORDS', () => {
  for (const [lang, w] of Object.entries(QUESTION_WORDS)) {
    it(`${lang}: every kind rule is a valid pattern and every entry is lower-case NFC`, () => {
      for (const r of w.kinds) expect(() => new RegExp(r.pattern, 'u'), r.pattern).not.toThrow();
      // Entries of other domains with a backslash are patterns ("\\d+ times \\d+"), written as such.
      const entries = [...w.openers, ...w.questionMarks, ...w.otherDomains.filter((d) => !d.includes('\\')), ...w.stopwords, ...w.light, ...w.references];
      for (const e of entries) expect(e, e).toBe(e.normalize('NFC').toLowerCase());
    });

    it(`${lang}: names places, companies and times among its kind nouns, and no opener is a kind rule's word`, () => {
      for (const kind of ['place', 'organisation', 'time'] as const) expect(w.kindNouns[kind]?.size ?? 0, kind).toBeGreaterThan(0);
      for (const o of w.openers) expect(['what', 'who', 'when', 'where', 'why', 'how', 'ai', 'gì', 'nào', 'đâu'].includes(o), o).toBe(false);
    });
  }

  it('asks each kind in both languages', () => {
    for (const w of Object.values(QUESTION_WORDS)) {
      expect(new Set(w.kinds.map((r) => r.kind))).toEqual(new Set(['amount', 'number', 'person', 'organisation', 'place', 'time', 'reason', 'opinion']));
    }
  });
});
