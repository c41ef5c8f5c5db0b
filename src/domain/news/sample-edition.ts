// The embedded sample edition (public/sample-edition.json): validated into stories before anything stores it.
import { isDayKey } from '../day';
import type { Story } from '../types';
import { storyProblems } from './story';

/** Bump when the sample's content changes, so devices that stored an older one add the new stories. */
export const SAMPLE_EDITION_VERSION = 1;

export interface SampleEdition {
  version: number;
  title: string;
  stories: Story[];
}

/** Reads the sample edition JSON; throws an Error naming every bad story. */
export function parseSampleEdition(data: unknown): SampleEdition {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { stories?: unknown }).stories)) {
    throw new Error('sample edition: no "stories" list');
  }
  const raw = data as { version?: unknown; title?: unknown; stories: unknown[] };
  const problems: string[] = [];
  const stories = raw.stories.map((item, i): Story => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const when = typeof r.publishedAt === 'string' && !isDayKey(r.publishedAt) ? Date.parse(r.publishedAt) : NaN;
    const story = { id: r.id, title: r.title, source: r.source, url: r.url, publishedAt: when, lang: r.lang, text: r.text } as Story;
    for (const p of storyProblems(story)) problems.push(`story ${i} (${String(r.id)}): ${p}`);
    return story;
  });
  if (problems.length > 0) throw new Error(`sample edition: ${problems.join('; ')}`);
  return { version: typeof raw.version === 'number' ? raw.version : 0, title: String(raw.title ?? ''), stories };
}
