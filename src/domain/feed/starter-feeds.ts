// Well-known AI news feeds a person can switch on from the Sources screen (none is on by default).
// Addresses as the publishers list them; they could not be fetched from the machine this was written on,
// so a moved feed shows its error on the Sources screen like any other.

export interface StarterFeed {
  title: string;
  url: string;
  lang: 'en' | 'vi';
}

/** Three of them, named when the first run offers them all. */
export const STARTER_HIGHLIGHTS = ['OpenAI News', 'The Verge', 'VnExpress'];

export const STARTER_FEEDS: readonly StarterFeed[] = [
  { title: 'OpenAI News', url: 'https://openai.com/news/rss.xml', lang: 'en' },
  { title: 'Google DeepMind', url: 'https://deepmind.google/blog/rss.xml', lang: 'en' },
  { title: 'Google AI Blog', url: 'https://blog.google/technology/ai/rss/', lang: 'en' },
  { title: 'Hugging Face Blog', url: 'https://huggingface.co/blog/feed.xml', lang: 'en' },
  { title: 'MIT Technology Review: AI', url: 'https://www.technologyreview.com/topic/artificial-intelligence/feed', lang: 'en' },
  { title: 'The Verge: AI', url: 'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml', lang: 'en' },
  { title: 'TechCrunch: AI', url: 'https://techcrunch.com/category/artificial-intelligence/feed/', lang: 'en' },
  { title: 'Import AI', url: 'https://importai.substack.com/feed', lang: 'en' },
  { title: 'arXiv cs.AI', url: 'https://rss.arxiv.org/rss/cs.AI', lang: 'en' },
  { title: 'VnExpress Số hóa', url: 'https://vnexpress.net/rss/so-hoa.rss', lang: 'vi' },
  { title: 'VietnamNet Công nghệ', url: 'https://vietnamnet.vn/rss/cong-nghe.rss', lang: 'vi' },
];
