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
    text: `First sentence of ${id}. Second sentence of ${id}. Third sentence of ${id}. Fourth sentence of ${id}.`,
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
      content_text: i.text ?? `${i.title} is the news. A second sentence follows. A third one closes it.`,
      date_published: i.date,
      ...(i.language ? { language: i.language } : {}),
    })),
  });
}
