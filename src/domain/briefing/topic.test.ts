import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/normalize';
import { commonTopics, matchesTopic, nearestTopics, topicMatcher, topicScore } from './topic';
import { topicWords } from './topic-phrases';

const story = { title: 'Nvidia loses 589 billion dollars as DeepSeek rattles markets', text: 'Chips fell. Cổ phiếu bán dẫn giảm mạnh.' };

describe('topics', () => {
  it('matches whole words, ignoring case, diacritics and plurals', () => {
    expect(matchesTopic(story, 'DeepSeek')).toBe(true);
    expect(matchesTopic(story, 'deepseek markets')).toBe(true);
    expect(matchesTopic(story, 'chip')).toBe(true);
    expect(matchesTopic(story, 'ban dan')).toBe(true);
    expect(matchesTopic(story, 'OpenAI')).toBe(false);
    expect(matchesTopic(story, 'seek')).toBe(false);
  });

  it('matches synonyms across languages: chip ~ semiconductor ~ bán dẫn', () => {
    const en = { title: 'Semiconductor exports rise', text: 'Shipments grew.' };
    const vi = { title: 'Xuất khẩu bán dẫn tăng', text: 'Doanh thu tăng.' };
    for (const topic of ['chip', 'chips', 'semiconductors', 'bán dẫn', 'ban dan']) {
      expect({ topic, en: matchesTopic(en, topic), vi: matchesTopic(vi, topic) }).toEqual({ topic, en: true, vi: true });
    }
    expect(matchesTopic({ title: 'New data centre opens', text: '' }, 'trung tâm dữ liệu')).toBe(true);
  });

  it('finds possessives, plurals of every word of a phrase, and phrases across line breaks and hyphens', () => {
    expect(matchesTopic({ title: "DeepSeek's new model", text: '' }, 'DeepSeek')).toBe(true);
    expect(matchesTopic({ title: 'Power for data centers', text: '' }, 'data center')).toBe(true);
    expect(matchesTopic({ title: 'x', text: 'Hãng xây TRUNG TÂM\nDỮ LIỆU mới.' }, 'trung tâm dữ liệu')).toBe(true);
    expect(matchesTopic({ title: 'New data-center rules', text: '' }, 'data center')).toBe(true);
    expect(matchesTopic({ title: 'Metadata centers', text: '' }, 'data center')).toBe(false);
  });

  it('scores headline mentions above passing ones', () => {
    const headline = { title: 'DeepSeek releases R2', text: 'The DeepSeek model is open.' };
    const passing = { title: 'Markets fall', text: 'Investors sold chips after DeepSeek news.' };
    expect(topicScore(headline, 'DeepSeek')).toBeGreaterThan(topicScore(passing, 'DeepSeek'));
    expect(topicScore(passing, 'DeepSeek')).toBeGreaterThan(0);
  });

  it('ignores stopwords, and an empty topic matches nothing', () => {
    expect(topicWords('the state of the chips')).toEqual(['state', 'chip']);
    expect(matchesTopic(story, 'the')).toBe(false);
  });
});

describe('nearestTopics', () => {
  const stories = [
    { title: 'OpenAI releases o3-mini' },
    { title: 'SoftBank and OpenAI form a venture' },
    { title: 'DeepSeek tops the App Store' },
    { title: 'Italy blocks DeepSeek' },
  ];

  it('names covered topics that look like the one asked for', () => {
    expect(nearestTopics('Deepseak', stories)[0]).toBe('DeepSeek');
    expect(nearestTopics('Open AI', stories)[0]).toBe('OpenAI');
  });

  it('falls back to the most covered names', () => {
    expect(nearestTopics('washing machines', stories).slice(0, 2).sort()).toEqual(['DeepSeek', 'OpenAI']);
  });
});

describe('commonTopics', () => {
  const stories = [
    { title: 'OpenAI releases o3-mini' },
    { title: 'SoftBank and OpenAI form a venture' },
    { title: 'DeepSeek tops the App Store' },
    { title: 'Regulators in Italy block DeepSeek over DeepSeek data' },
    { title: 'Italy questions OPENAI' },
    { title: 'Why Italy asked' },
    { title: 'Nvidia ships a chip' },
  ];

  it('counts the stories whose headlines carry each name (once per headline), most carried first, spelled as first seen', () => {
    expect(commonTopics(stories, 3)).toEqual([
      { name: 'OpenAI', count: 3 },
      { name: 'DeepSeek', count: 2 },
      { name: 'Italy', count: 2 },
    ]);
  });

  it('takes names only: capitalised after the first word, two capitals, or digits; never stopwords or single letters', () => {
    const names = commonTopics([{ title: 'Chips rise as Nvidia and AI stocks gain in 2025' }, { title: 'The state of X' }], 20).map((t) => t.name);
    expect(names.sort()).toEqual(['2025', 'AI', 'Nvidia']);
    // The first word after an opening quote is still the headline's first word.
    expect(commonTopics([{ title: '“Markets” fall as Apple gains' }], 20).map((t) => t.name)).toEqual(['Apple']);
  });

  it('takes two names that nearly always come together as one ("San Francisco"), never half of it alone', () => {
    const city = [
      { title: 'Robotaxis return to San Francisco' },
      { title: 'A San Francisco lab opens' },
      { title: 'Rents in San Francisco climb' },
      { title: 'Why Francisco left' },
    ];
    // "San" always, "Francisco" in 3 of its 4 headlines: under 80%, so "Francisco" also stays a name of its own.
    expect(commonTopics(city, 5)).toEqual([
      { name: 'Francisco', count: 4 },
      { name: 'San Francisco', count: 3 },
    ]);
    const all = [...city.slice(0, 3), { title: 'Startups leave San Francisco' }];
    expect(commonTopics(all, 5)).toEqual([{ name: 'San Francisco', count: 4 }]);
  });

  it('keeps Title Case words apart when they meet only now and then, or in fewer than three headlines', () => {
    const titled = [
      { title: 'OpenAI Ships New Model' },
      { title: 'OpenAI Ships Voice Mode' },
      { title: 'Why OpenAI Matters' },
      { title: 'Report: Apple Opens Store' },
      { title: 'Report: Apple Opens Lab' },
    ];
    const names = commonTopics(titled, 20).map((t) => t.name);
    expect(names).toContain('OpenAI');
    expect(names).toContain('Apple');
    expect(names).not.toContain('OpenAI Ships');
    expect(names).not.toContain('Apple Opens');
  });

  it('gives no more than asked, and nothing for no stories', () => {
    expect(commonTopics(stories, 1)).toEqual([{ name: 'OpenAI', count: 3 }]);
    expect(commonTopics([], 5)).toEqual([]);
  });
});

describe('topicMatcher', () => {
  it('scores folded text as topicScore scores the story', () => {
    const folded = { title: foldText(story.title), text: foldText(story.text) };
    for (const topic of ['DeepSeek', 'bán dẫn', 'chip', 'OpenAI']) expect(topicMatcher(topic)(folded)).toBe(topicScore(story, topic));
    expect(topicMatcher('bán dẫn')(folded)).toBeGreaterThan(0);
  });
});

describe('matching text as written', () => {
  const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
  const sample = read('../../../public/sample-edition.json') as { stories: { title: string; text: string }[] };
  const articles = read('../../../tests/fixtures/briefing/articles.json') as { title: string; text: string }[];
  const clusters = read('../../../tests/fixtures/briefing/clusters.json') as { stories: { title: string; text: string }[] };
  const stories = [...sample.stories, ...articles, ...clusters.stories];
  const fold = (t: string) => t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

  it.each(['chip', 'bán dẫn', 'DeepSeek', 'trí tuệ nhân tạo', 'OpenAI', 'Nvidia', 'Stargate', 'open model', 'SoftBank', 'đầu tư', 'robot', 'Việt Nam'])(
    'scores "%s" the same on each story as written, decomposed (NFD), and folded',
    (topic) => {
      let matched = 0;
      for (const s of stories) {
        const expected = topicScore({ title: fold(s.title), text: fold(s.text) }, topic);
        expect(topicScore(s, topic)).toBe(expected);
        expect(topicScore({ title: s.title.normalize('NFD'), text: s.text.normalize('NFD') }, topic)).toBe(expected);
        if (expected > 0) matched++;
      }
      expect(matched, `${topic} matches some fixture story`).toBeGreaterThan(0);
    },
  );
});
