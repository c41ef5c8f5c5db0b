import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { LEAD_CHARS, storyHead } from '../news/story-head';
import type { StoryHead } from '../types';
import { filterTopics, groupByTopic } from './story-topics';

// The Stories screen groups heads (the text's first LEAD_CHARS characters), as the archive lists them.
const story = (id: string, title: string, text = 'Details follow.'): StoryHead => storyHead(makeStory(id, '2026-11-28T08:00:00+07:00', { title, text }));

const summary = (stories: StoryHead[], options?: Parameters<typeof groupByTopic>[1]) =>
  groupByTopic(stories, options).map((t) => `${t.name}: ${t.stories.map((s) => s.id).join(' ')}`);

describe('groupByTopic', () => {
  const stories = [
    story('a', 'DeepSeek tops the App Store'),
    story('b', 'Italy blocks DeepSeek'),
    story('c', 'Markets fall', 'Investors sold after the deepseek news.'),
    story('d', 'OpenAI ships o3-mini'),
    story('e', 'SoftBank invests in OpenAI'),
    story('f', 'Nvidia shows a chip'),
    story('g', 'Cổ phiếu bán dẫn giảm', 'Giá cổ phiếu giảm.'),
    story('h', 'Apple reports sales'),
  ];

  it('groups by the names headlines carry, largest first, matching texts, synonyms and Vietnamese too', () => {
    expect(summary(stories)).toEqual(['DeepSeek: a b c', 'OpenAI: d e']);
    // "chip" is a synonym of "bán dẫn": with a second headline naming it, Nvidia's chip story and the Vietnamese one group.
    const more = [...stories, story('i', 'Chip exports: Nvidia and AMD react')];
    expect(summary(more)).toContain('Nvidia: f i');
  });

  it('looks in the headline and the lead only: a name mentioned in passing further down does not count', () => {
    const filler = 'Markets were calm through the day and traders waited for more figures. '.repeat(6);
    const passing = [story('p1', 'Earnings: Nvidia beats'), story('p2', 'Why Nvidia fell'), story('p3', 'Markets drift', `${filler}Nvidia was flat.`)];
    expect(filler.length).toBeGreaterThan(LEAD_CHARS);
    expect(summary(passing)).toEqual(['Nvidia: p1 p2']);
    // A word cut at the 400th character is not taken for a shorter one ("Nvidiaverse" is not "Nvidia").
    const cut = story('p4', 'Markets drift', `${'x'.repeat(LEAD_CHARS - 7)} Nvidiaverse opened.`);
    expect(summary([...passing, cut])).toEqual(['Nvidia: p1 p2']);
  });

  it('sizes a group by the stories it finds, not the headlines naming it', () => {
    const mixed = [
      story('n1', 'Earnings: Nvidia beats'),
      story('n2', 'Hanoi gets an Nvidia office'),
      story('n3', 'Why Nvidia fell'),
      story('p1', 'Shares of Apple rise'),
      story('p2', 'Inside Apple’s plan'),
      story('t1', 'Phones sell well', 'Apple led the market.'),
      story('t2', 'Retail slows', 'Even apple stores were quiet.'),
    ];
    expect(summary(mixed)).toEqual(['Apple: p1 p2 t1 t2', 'Nvidia: n1 n2 n3']);
  });

  it('leaves out topics with fewer stories than asked, and names no bare number, weekday or month', () => {
    const withDates = [
      story('y1', 'Outlook for 2025'),
      story('y2', 'Budget in 2025'),
      story('w1', 'Vote due on Friday in January'),
      story('w2', 'Shares fall on Friday'),
      story('w3', 'Cập nhật Thứ Sáu, tháng Một', 'Tin ngày Thứ Sáu.'),
      story('w4', 'Tin nhanh Thứ Sáu'),
      story('n1', 'Kế hoạch Năm 2026 của Việt Nam'),
      story('n2', 'Dự báo Năm tới cho Việt Nam'),
      ...stories,
    ];
    const names = summary(withDates).map((t) => t.split(':')[0]);
    expect(names.slice(0, 2)).toEqual(['DeepSeek', 'OpenAI']);
    for (const date of ['2025', 'Friday', 'January', 'Thứ', 'Năm']) expect(names).not.toContain(date);
    // Việt Nam's stories still make a topic.
    expect(names).toContain('Việt');
    expect(summary(stories, { minStories: 3 })).toEqual(['DeepSeek: a b c']);
    expect(summary(stories, { max: 1 })).toEqual(['DeepSeek: a b c']);
  });

  it('does not repeat a name that finds the same stories as one before it', () => {
    const pair = [story('q1', 'Cloud: Alibaba unveils Qwen2.5-Max'), story('q2', 'Why Alibaba says Qwen2.5-Max wins')];
    expect(summary(pair)).toEqual(['Alibaba: q1 q2']);
  });

  it('groups a two-word name by the stories that carry it whole, not its words apart', () => {
    const city = [
      story('s1', 'Robotaxis return to San Francisco'),
      story('s2', 'A San Francisco lab opens'),
      story('s3', 'Rents in San Francisco climb'),
      story('s4', 'Transit', 'Riders in san francisco wait.'),
      story('j1', 'A plant opens in Oakland', 'Francisco Lopez runs it, near San Mateo.'),
    ];
    expect(summary(city)).toEqual(['San Francisco: s1 s2 s3 s4']);
  });

  it('is empty when no name is shared by two stories', () => {
    expect(summary([story('x', 'Apple reports sales'), story('y', 'Samsung opens a plant')])).toEqual([]);
    expect(summary([])).toEqual([]);
  });
});

describe('filterTopics', () => {
  const topics = [
    { name: 'DeepSeek', stories: [story('a', 'x'), story('b', 'x'), story('c', 'x')] },
    { name: 'Nvidia', stories: [story('d', 'x'), story('e', 'x')] },
    { name: 'OpenAI', stories: [story('f', 'x'), story('g', 'x')] },
  ];

  it('keeps the stories the filter keeps, drops emptied topics, and puts the largest first again', () => {
    const kept = filterTopics(topics, (s) => ['a', 'd', 'e', 'f'].includes(s.id));
    expect(kept.map((t) => `${t.name}: ${t.stories.map((s) => s.id).join(' ')}`)).toEqual(['Nvidia: d e', 'DeepSeek: a', 'OpenAI: f']);
    expect(filterTopics(topics, () => false)).toEqual([]);
  });
});
