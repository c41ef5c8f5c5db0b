import { describe, expect, it } from 'vitest';
import { sharedStory } from './shared-story';

const NOW = Date.parse('2026-11-28T02:00:00Z');

describe('sharedStory', () => {
  it('takes title, text and link as shared', () => {
    expect(sharedStory({ title: 'OpenAI ships a model', text: 'The lab released it today.', url: 'https://www.news.example/a?utm_source=x' }, NOW)).toEqual({
      id: 'shared:news.example/a',
      title: 'OpenAI ships a model',
      source: 'news.example',
      url: 'https://www.news.example/a?utm_source=x',
      publishedAt: NOW,
      lang: 'en',
      text: 'The lab released it today.',
      sourceId: 'shared',
    });
  });

  it('finds the link inside the text, and a title in the first sentence', () => {
    const s = sharedStory({ text: 'Nvidia unveils a chip. More later. https://chips.example/n1' }, NOW)!;
    expect(s).toMatchObject({ title: 'Nvidia unveils a chip.', url: 'https://chips.example/n1', text: 'Nvidia unveils a chip. More later.' });
  });

  it('refuses unsafe links and empty shares; Vietnamese is detected', () => {
    expect(sharedStory({ title: 'x', url: 'javascript:alert(1)' }, NOW)?.url).toBe('');
    expect(sharedStory({}, NOW)).toBeNull();
    expect(sharedStory({ title: 'Tin về chip trí tuệ nhân tạo của Việt Nam', text: 'Các công ty đang phát triển.' }, NOW)?.lang).toBe('vi');
  });

  it('gives the same id to the same share twice', () => {
    expect(sharedStory({ text: 'Same words.' }, NOW)!.id).toBe(sharedStory({ text: 'Same words.' }, NOW + 1000)!.id);
  });
});
