import { describe, expect, it } from 'vitest';
import { storySearch } from './story-search';

const stories = [
  { id: 'nvidia', title: 'Nvidia loses 589 billion dollars as DeepSeek rattles markets', text: 'Chipmakers fell across Asia.' },
  { id: 'vi-chip', title: 'Cổ phiếu bán dẫn giảm mạnh', text: 'Các hãng sản xuất chip ở châu Á đều giảm.' },
  { id: 'deepseek-vi', title: 'DeepSeek gây chấn động', text: 'Ứng dụng của DeepSeek đứng đầu App Store.' },
  { id: 'mistral', title: 'Mistral releases Small 3', text: 'An open model with 24 billion parameters, under Apache 2.0.' },
  { id: 'semis', title: 'Semiconductor exports rise', text: 'Shipments grew in October.' },
  { id: 'bank', title: 'A bank dances on', text: 'Banking news.' },
];

const found = (query: string) => {
  const keep = storySearch(query);
  return keep ? stories.filter(keep).map((s) => s.id) : null;
};

describe('storySearch', () => {
  it('ignores case: "deepseek" finds DeepSeek in titles and texts', () => {
    expect(found('deepseek')).toEqual(['nvidia', 'deepseek-vi']);
    expect(found('DEEPSEEK')).toEqual(['nvidia', 'deepseek-vi']);
  });

  it('finds Vietnamese typed without diacritics, and with them', () => {
    expect(found('ban dan')).toContain('vi-chip');
    expect(found('bán dẫn')).toContain('vi-chip');
    expect(found('chan dong')).toEqual(['deepseek-vi']);
    expect(found('ung dung')).toEqual(['deepseek-vi']);
  });

  it('needs every word, each at the start of a word, so a half-typed word already finds', () => {
    expect(found('deeps')).toEqual(['nvidia', 'deepseek-vi']);
    expect(found('deepseek markets')).toEqual(['nvidia']);
    expect(found('seek')).toEqual([]);
    expect(found('billion apache')).toEqual(['mistral']);
  });

  it('finds the query as a topic too: synonyms in either language', () => {
    // "chip" begins "chipmakers" and "chip"; as a topic it also finds semiconductors and "bán dẫn".
    expect(found('chip')).toEqual(['nvidia', 'vi-chip', 'semis']);
    expect(found('semiconductors')).toEqual(['vi-chip', 'semis']);
  });

  it('matches word starts only: "ank" finds nothing; "ban dan" finds "bank dances" (both begin words) and, as a topic, semiconductors', () => {
    expect(found('ank')).toEqual([]);
    expect(found('ban dan')).toEqual(['vi-chip', 'semis', 'bank']);
  });

  it('filters nothing for a query without words', () => {
    expect(found('')).toBeNull();
    expect(found('  —?! ')).toBeNull();
  });
});
