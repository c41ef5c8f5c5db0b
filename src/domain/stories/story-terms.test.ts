import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topicMatcher } from '../briefing/topic';
import { TOPIC_SYNONYMS } from '../briefing/topic-synonyms';
import { foldText } from '../text/normalize';
import { LEAD_CHARS, storyLead, storyTerms } from './story-terms';
import { evaluateTermQuery, queryTerms, termKey, type TermQuery } from './term-query';
import { searchTermQuery, topicTermQuery } from './topic-query';

/** Evaluates a query on one story's terms, as the archive does on its postings. */
function finds(query: TermQuery, story: { title: string; text: string }): boolean {
  const terms = storyTerms(story);
  const postings = new Map(
    queryTerms(query).map((t) => [termKey(t), new Set(terms.some((x) => (t.prefix ? x.startsWith(t.term) : x === t.term)) ? [1] : [])]),
  );
  return evaluateTermQuery(query, postings).has(1);
}

describe('story terms', () => {
  it('leads with the first paragraph, cut at the end of a word after LEAD_CHARS characters', () => {
    expect(storyLead('  First part.\n\nSecond part.')).toBe('First part.');
    const long = `${'word '.repeat(100)}end`;
    const lead = storyLead(long);
    expect(lead.length).toBeGreaterThanOrEqual(LEAD_CHARS);
    expect(lead.length).toBeLessThan(LEAD_CHARS + 5);
    expect(lead.endsWith('word')).toBe(true);
  });

  it('are the folded, singular words of the title and lead, once each, without stopwords', () => {
    expect(storyTerms({ title: 'The Chips of Nvidia', text: 'Nvidia sells chips.\n\nDeep in the text: Broadcom.' }).sort()).toEqual(['chip', 'nvidia', 'sell']);
    expect(storyTerms({ title: 'Cổ phiếu bán dẫn', text: 'Đà tăng của ngành.' })).toEqual(['co', 'phieu', 'ban', 'dan', 'da', 'tang', 'nganh']);
    expect(storyTerms({ title: 'GPT 5 is out', text: '' })).toEqual(['gpt', '5', 'is', 'out']);
  });

  it('a topic query finds every story whose title or lead the topic matcher matches (fixtures, every synonym and more)', () => {
    const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../tests/fixtures/briefing/${name}`, import.meta.url), 'utf8')) as T;
    const stories = [...read<{ title: string; text: string }[]>('articles.json'), ...read<{ stories: { title: string; text: string }[] }>('clusters.json').stories];
    const topics = [...TOPIC_SYNONYMS.flat(), 'openai', 'open source models', 'nvidia chips', 'chính phủ', 'trí tuệ nhân tạo', 'ai', 'data centers in vietnam'];
    let matched = 0;
    for (const topic of topics) {
      const match = topicMatcher(topic);
      const query = topicTermQuery(topic);
      for (const s of stories) {
        const lead = { title: foldText(s.title), text: foldText(storyLead(s.text)) };
        if (match(lead) > 0) {
          matched++;
          expect(finds(query, s), `${topic} in ${s.title}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(40);
  });

  it('a topic query looks only at the title and lead', () => {
    const deep = { title: 'A quiet week', text: 'Nothing yet.\n\nA supplier of chips.' };
    expect(topicMatcher('chips')({ title: foldText(deep.title), text: foldText(deep.text) })).toBeGreaterThan(0);
    expect(finds(topicTermQuery('chips'), deep)).toBe(false);
    expect(finds(topicTermQuery('chips'), { title: 'Cổ phiếu bán dẫn tăng', text: '' })).toBe(true);
  });

  it('a topic of several words also matches its words apart, each with its synonyms, unless whole only', () => {
    const apart = { title: 'Nvidia earnings', text: 'Its GPU business grew.' };
    expect(finds(topicTermQuery('nvidia chips'), apart)).toBe(true);
    expect(finds(topicTermQuery('nvidia chips', { wholeOnly: true }), apart)).toBe(false);
    expect(finds(topicTermQuery('nvidia chips'), { title: 'Nvidia earnings', text: 'Gaming grew.' })).toBe(false);
  });

  it('a search finds words by their beginning, every word, or the query as a topic', () => {
    const s = { title: 'DeepSeek ships a model', text: 'Cổ phiếu bán dẫn.' };
    expect(finds(searchTermQuery('deeps')!, s)).toBe(true);
    expect(finds(searchTermQuery('deeps mod')!, s)).toBe(true);
    expect(finds(searchTermQuery('deeps weather')!, s)).toBe(false);
    expect(finds(searchTermQuery('ban da')!, s)).toBe(true);
    expect(finds(searchTermQuery('semiconductor')!, s)).toBe(true);
    expect(searchTermQuery(' … ')).toBeNull();
  });

  it('a topic of stopwords alone finds nothing', () => {
    expect(topicTermQuery('the').either).toEqual([]);
    expect(finds(topicTermQuery('of the'), { title: 'the of', text: '' })).toBe(false);
  });
});
