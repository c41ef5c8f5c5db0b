import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSampleEdition } from '../news/sample-edition';
import type { Story } from '../types';
import { clusterStories } from './cluster';

interface Fixture {
  stories: (Omit<Story, 'publishedAt'> & { publishedAt: string })[];
  expectedClusters: string[][];
  mustNotMerge: [string, string, string][];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/briefing/clusters.json', import.meta.url), 'utf8')) as Fixture;
const stories: Story[] = fixture.stories.map((s) => ({ ...s, publishedAt: Date.parse(s.publishedAt) }));
const key = (ids: string[]) => [...ids].sort().join(' + ');

describe('clusterStories on hand-made clusters', () => {
  const clusters = clusterStories(stories);

  it('finds exactly the expected clusters: reworded reports, a shared canonical URL, English and Vietnamese', () => {
    expect(clusters.map((c) => key(c.stories.map((s) => s.id))).sort()).toEqual(fixture.expectedClusters.map(key).sort());
  });

  it.each(fixture.mustNotMerge)('keeps %s and %s apart (%s)', (a, b) => {
    const ofA = clusters.find((c) => c.stories.some((s) => s.id === a));
    expect(ofA?.stories.some((s) => s.id === b)).toBe(false);
  });

  it('tells each cluster from its richest report and names the other outlets', () => {
    for (const c of clusters) {
      expect(c.lead.text.length).toBe(Math.max(...c.stories.map((s) => s.text.length)));
      expect(c.alsoReportedBy).toEqual([...new Set(c.stories.slice(1).map((s) => s.source))].filter((s) => s !== c.lead.source));
    }
    const atlas = clusters.find((c) => c.stories.length === 3 && c.stories.some((s) => s.id.startsWith('a-')))!;
    expect(atlas.alsoReportedBy).toHaveLength(2);
  });

  it('is deterministic: any input order gives the same clusters and leads', () => {
    const reversed = clusterStories([...stories].reverse());
    const shuffled = clusterStories([...stories].sort((a, b) => (a.source < b.source ? -1 : 1)));
    const summary = (cs: ReturnType<typeof clusterStories>) => cs.map((c) => `${c.lead.id}: ${key(c.stories.map((s) => s.id))}`).sort();
    expect(summary(reversed)).toEqual(summary(clusters));
    expect(summary(shuffled)).toEqual(summary(clusters));
  });
});

describe('clusterStories on the sample edition', () => {
  const sample = parseSampleEdition(JSON.parse(readFileSync(new URL('../../../public/sample-edition.json', import.meta.url), 'utf8'))).stories;

  it('joins the English and Vietnamese reports of the same events, and nothing else', () => {
    const joined = clusterStories(sample)
      .filter((c) => c.stories.length > 1)
      .map((c) => key(c.stories.map((s) => s.id.slice(0, 3))));
    expect(joined.sort()).toEqual(['s01 + s05', 's08 + s15', 's16 + s19', 's18 + s22', 's20 + s25', 's27 + s32', 's28 + s30', 's29 + s31']);
  });
});
