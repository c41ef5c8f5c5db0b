// Story and feed builders shared by unit and browser tests.
import type { Story } from '../../src/domain/types';

export function makeStory(id: string, publishedAt: string, extra: Partial<Story> = {}): Story {
  return {
    id,
    title: `Story ${id}`,
    source: 'Test Wire',
    url: `https://wire.example/${id}`,
    publishedAt: Date.parse(publishedAt),
    lang: 'en',
    text: `Lab ${id} released an AI model this morning. The ${id} model runs on one chip. Testers of ${id} praised its speed. Pricing for ${id} comes later.`,
    ...extra,
  };
}

export interface FeedItemSpec {
  id: string;
  title: string;
  date: string;
  text?: string;
  language?: string;
}

/** A JSON Feed 1.1 document as text. */
export function jsonFeed(items: FeedItemSpec[], title = 'Test Wire'): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://wire.example/',
    feed_url: 'https://wire.example/feed.json',
    items: items.map((i) => ({
      id: i.id,
      url: `https://wire.example/${i.id}`,
      title: i.title,
      content_text: i.text ?? `${i.title} in AI news. ${i.title} was announced this morning. ${i.title} is still a developing story.`,
      date_published: i.date,
      ...(i.language ? { language: i.language } : {}),
    })),
  });
}
