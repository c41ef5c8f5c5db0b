// A reproducible library of news stories for benchmarks: sentences of the fixture articles recombined into
// distinct stories (70% English, 30% Vietnamese, ~800 words), spread evenly over the days before `now`.
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/domain/text/sentences';
import { seededRandom } from '../seeded-random';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  language: 'en' | 'vi';
}

const fixtures = new URL('../../tests/fixtures/briefing/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as T;

function sentencePools(): Record<'en' | 'vi', string[]> {
  const texts = [
    ...read<{ lang: 'en' | 'vi'; text: string }[]>('articles.json'),
    ...read<{ stories: { lang: 'en' | 'vi'; text: string }[] }>('clusters.json').stories,
  ];
  const pools: Record<'en' | 'vi', string[]> = { en: [], vi: [] };
  for (const t of texts) pools[t.lang].push(...splitSentences(t.text, t.lang));
  return pools;
}

/** `count` stories published over the `days` days before `now`, newest last. */
export function syntheticItems(count: number, now: number, days = 60, seed = 5): FeedItem[] {
  const next = seededRandom(seed);
  const pools = sentencePools();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, (_, k) => {
    const lang = next() < 0.7 ? 'en' : 'vi';
    const sentences = Array.from({ length: lang === 'en' ? 36 : 32 }, () => pick(pools[lang]));
    const title = pick(pools[lang]).split(' ').slice(0, 6 + Math.floor(next() * 6)).join(' ').replace(/[.,;:!?]+$/, '');
    const paragraphs = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    return {
      id: `bench-${k}`,
      url: `https://bench.example/story/${k}`,
      title,
      content_text: paragraphs.join('\n\n'),
      date_published: new Date(now - Math.floor(next() * days * 86_400_000)).toISOString(),
      language: lang,
    };
  });
}
