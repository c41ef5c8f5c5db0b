import { describe, expect, it } from 'vitest';
import { foldedWords, type Context } from './fitting';
import { questionKind } from './question';
import { answersNearby } from './nearby';
import { scoreSentence } from './score';
import { indexStory } from './story-index';
import { questionUnits } from './units';

function scored(text: string, question: string, lang: 'en' | 'vi' = 'en') {
  const index = indexStory({ title: '', text, language: lang });
  const q = questionKind(question, lang);
  const { units, pairs } = questionUnits(q, lang, index);
  const askedOrder = foldedWords(question);
  const c: Context = { lang, q, units, pairs, asked: new Set(askedOrder), askedOrder, askedNames: new Set() };
  return index.sentences.map((s, i) => scoreSentence(s, i, c));
}

describe('scoreSentence', () => {
  it('scores the share of the question a sentence matches, with what in it answers', () => {
    const [a, b] = scored('Notara raised €30m on Thursday. Doctors spent less time on notes.', 'how much did notara raise');
    expect(a.coverage).toBe(1);
    expect(a.fitting.map((e) => e.text)).toEqual(['€30m']);
    expect(b.coverage).toBe(0);
  });

  it('does not match a role behind another qualifier, nor a Vietnamese syllable outside its word at full weight', () => {
    const [deputy] = scored('Ông Hưng, Phó giám đốc Sở Xây dựng, cho biết vậy.', 'giám đốc sở là ai', 'vi');
    expect(deputy.coverage).toBeLessThan(0.5);
    const [bank, customer] = scored('Ngân hàng cho biết vậy. Khách hàng hài lòng.', 'khách hàng nói gì', 'vi');
    expect(bank.coverage).toBeLessThan(customer.coverage);
  });

  it('does not count a synonym inside a name ("Sở Xây dựng" is no building)', () => {
    const [s] = scored('Sở Xây dựng khẳng định vậy.', 'ai phát triển hệ thống', 'vi');
    expect(s.matched).toEqual([]);
    const [t] = scored('Họ xây dựng hệ thống.', 'ai phát triển hệ thống', 'vi');
    expect(t.coverage).toBe(1);
  });
});

describe('answersNearby', () => {
  it('lends a match to the next sentence when it points back at it', () => {
    const all = scored('The final training run used 2.8 million GPU hours. At 2 dollars an hour, that comes to about 5.6 million dollars.', 'how much did the training run cost');
    const lent = answersNearby(all, 'amount');
    expect(lent).toHaveLength(1);
    expect(lent[0]).toMatchObject({ index: 1, lent: 'strong' });
  });

  it('lends a reason weakly to a sentence up to two after, and nothing else without a pointer back', () => {
    const all = scored('Shares fell 17 percent. It was the biggest drop ever. Investors feared that cheap models would cut demand.', 'why did shares fall');
    expect(answersNearby(all, 'reason').map((s) => [s.index, s.lent])).toEqual([[2, 'weak']]);
    const chips = scored('The licence covers 12,000 Kestrel chips. The buyer signed a deal worth $1.2bn.', 'what does a kestrel chip cost');
    expect(answersNearby(chips, 'amount')).toEqual([]);
  });
});
