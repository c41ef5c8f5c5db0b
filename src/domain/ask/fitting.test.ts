import { describe, expect, it } from 'vitest';
import { foldedWords, type Context } from './fitting';
import { fittingEntities } from './fitting';
import { questionKind } from './question';
import { indexStory } from './story-index';
import { questionUnits } from './units';

/** The entities of one sentence that fit a question, as "kind:text". */
function fits(sentence: string, question: string, lang = 'en'): string[] {
  const index = indexStory({ title: '', text: sentence, language: lang });
  const q = questionKind(question, lang);
  const { units, pairs } = questionUnits(q, lang === 'vi' ? 'vi' : 'en', index);
  const askedOrder = foldedWords(question);
  const c: Context = { lang: lang === 'vi' ? 'vi' : 'en', q, units, pairs, asked: new Set(askedOrder), askedOrder, askedNames: new Set() };
  return fittingEntities(index.sentences[0], c, []).map((e) => `${e.kind}:${e.text}`);
}

describe('fittingEntities', () => {
  it('takes the kind asked for', () => {
    expect(fits('The deal is worth $1.2bn and closes next March.', 'how much is the deal worth')).toEqual(['amount:worth $1.2bn']);
    expect(fits('The deal is worth $1.2bn and closes next March.', 'when does the deal close')).toEqual(['time:next March']);
  });

  it('takes a count only of what is counted, money only for "how much"', () => {
    expect(fits('It is used by 1,400 clinicians in 90 clinics.', 'how many clinics use it')).toEqual(['number:90 clinics']);
    expect(fits('It is used by 1,400 clinicians in 90 clinics.', 'how many patients use it')).toEqual([]);
    expect(fits('Nvidia lost about 589 billion dollars of value.', 'how much value did nvidia lose')).toEqual(['amount:about 589 billion dollars']);
  });

  it('takes a point in time for "when", a length for "how long"', () => {
    expect(fits('The trial runs for six months from 1 December.', 'when does the trial start')).toEqual(['time:from 1 December']);
    expect(fits('The trial runs for six months from 1 December.', 'how long does the trial run')).toEqual(['time:for six months']);
  });

  it('takes a place something is in, a country for "which country", an online venue', () => {
    expect(fits('It would cover a part of Manhattan.', 'where is it')).toEqual([]);
    expect(fits('Its centres are in the Gulf and in the United Arab Emirates.', 'which country are the centres in')).toEqual(['place:United Arab Emirates']);
    expect(fits('He made the remark during a session on Reddit.', 'where did he make the remark')).toEqual(['organisation:Reddit']);
  });

  it('takes no entity the question itself names, nor a figure for each one when it asks for a total', () => {
    expect(fits('Lisa Tran founded Helio Labs.', 'who is lisa tran')).toEqual(['organisation:Helio Labs']);
    expect(fits('Mỗi nút giao được lắp 8 camera.', 'tổng cộng lắp bao nhiêu camera', 'vi')).toEqual([]);
  });

  it('takes a critical view for "what did critics say"', () => {
    expect(fits('Daniel Reyes said the rules would be hard to enforce.', 'what did critics say')).toHaveLength(1);
    expect(fits('Maya Okafor said sales would double.', 'what did critics say')).toEqual([]);
  });
});
