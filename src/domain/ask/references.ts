// A sentence that speaks of an organisation without its name: "The firm was founded in Stockholm", "Công ty cam kết
// …". News names a company once or twice, then calls it "the company": such a sentence is about the company the
// question names, as far as the words go (it weighs half a mention by name: another company may be meant).
import type { IndexedSentence } from './story-index';

/** English nouns for an organisation that "the" or "its" makes a mention of one already named. */
const EN_NOUNS = new Set(['company', 'firm', 'start-up', 'startup', 'group', 'business', 'maker', 'developer', 'operator', 'supplier', 'provider']);
const EN_DETERMINERS = new Set(['the', 'its']);
/** Vietnamese nouns (syllable pairs or one syllable) that, outside a name, mean the company spoken of. */
const VI_NOUNS = new Set(['công ty', 'hãng', 'doanh nghiệp', 'start-up', 'startup', 'tập đoàn']);

/** The position of a word in a sentence that mentions an organisation by a common noun ("the firm"), or -1. */
export function organisationMention(s: IndexedSentence, lang: 'en' | 'vi'): number {
  const inName = (p: number) => s.entities.some((e) => e.kind === 'organisation' && e.start <= s.words[p].start && s.words[p].end <= e.end);
  for (let p = 0; p < s.words.length; p++) {
    const w = s.words[p].lower;
    if (lang === 'en' && EN_NOUNS.has(w) && p > 0 && EN_DETERMINERS.has(s.words[p - 1].lower)) return p;
    if (lang === 'vi' && (VI_NOUNS.has(w) || VI_NOUNS.has(`${w} ${s.words[p + 1]?.lower ?? ''}`)) && !inName(p)) return p;
  }
  return -1;
}
