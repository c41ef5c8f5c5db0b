import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../types';
import { clusterStories } from './cluster';
import { rankClusters } from './rank';
import { aiRelevance } from './relevance';
import { AI_RELEVANCE_THRESHOLD } from './ai-lexicon';

/** Hand-made stories, all about AI (tests/fixtures/briefing/README.md). */
const clusterFixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/briefing/clusters.json', import.meta.url), 'utf8')) as {
  stories: { id: string; title: string; text: string }[];
};

const at = (h: number) => Date.parse(`2026-11-28T${String(h).padStart(2, '0')}:00:00+07:00`);
const s = (id: string, h: number, title: string, text: string, source = `Source ${id}`): Story => ({ id, title, source, url: '', publishedAt: at(h), lang: 'en', text });

describe('AI relevance', () => {
  it('scores AI stories high and others near zero, in English and Vietnamese', () => {
    expect(aiRelevance({ title: 'Lab releases a new reasoning model', text: 'The large language model beats rivals.' })).toBeGreaterThan(0.8);
    expect(aiRelevance({ title: 'Ra mắt chip trí tuệ nhân tạo', text: 'Hãng bán dẫn công bố sản phẩm.' })).toBeGreaterThan(0.8);
    expect(aiRelevance({ title: 'Liverpool win late at Anfield', text: 'Salah scored in the 89th minute.' })).toBe(0);
    expect(aiRelevance({ title: 'Giá vàng tăng mạnh', text: 'Giá vàng trong nước tăng hôm nay.' })).toBe(0);
  });

  it('reads through English possessives: "Norvale AI\'s newest model" is AI news', () => {
    const text = "Developers will pay less to use Norvale AI's newest model, which went on sale on Friday.";
    expect(aiRelevance({ title: 'Atlas-5 arrives with a price cut', text })).toBeGreaterThanOrEqual(AI_RELEVANCE_THRESHOLD);
  });

  it('counts every hand-made AI story as AI news', () => {
    for (const story of clusterFixture.stories) expect(aiRelevance(story), story.id).toBeGreaterThanOrEqual(AI_RELEVANCE_THRESHOLD);
  });

  it('does not count a word inside another ("ai" in "again", "chip" in "chipper")', () => {
    expect(aiRelevance({ title: 'Again a chipper mood', text: 'Said again and again.' })).toBe(0);
  });
});

describe('rankClusters', () => {
  const ai = s('ai', 8, 'New AI model released', 'A lab released a large language model today.');
  const older = s('old', 2, 'GPU maker ships accelerator', 'A chipmaker shipped a GPU for data centres.');
  const football = s('fb', 9, 'Liverpool win late', 'Salah scored in the 89th minute.');

  it('leaves out non-AI stories when asked for AI news, and keeps them otherwise', () => {
    expect(rankClusters(clusterStories([ai, older, football]), { aiOnly: true }).map((c) => c.lead.id)).toEqual(['ai', 'old']);
    expect(rankClusters(clusterStories([ai, older, football]), { aiOnly: false }).map((c) => c.lead.id)).toContain('fb');
  });

  it('puts an event reported by several outlets ahead of a slightly newer single report', () => {
    const a1 = s('a1', 7, 'Norvale releases Atlas-5 model', 'Norvale AI released Atlas-5 on Friday, a model with a million-token context.', 'Tech Ledger');
    const a2 = s('a2', 7, 'Atlas-5 from Norvale arrives', 'Norvale AI launched its Atlas-5 model on Friday with a million-token context.', 'AI Wire');
    const single = s('one', 8, 'A small AI app update', 'An AI app got a small update.');
    expect(rankClusters(clusterStories([single, a1, a2]), { aiOnly: true })[0].stories).toHaveLength(2);
  });

  it('holds back a second story from the same outlet', () => {
    const x1 = s('x1', 9, 'AI chip one', 'An AI chip launched.', 'Same Outlet');
    const x2 = s('x2', 9, 'AI model two', 'An AI model launched.', 'Same Outlet');
    const y = s('y', 8, 'AI robot three', 'An AI robot launched.', 'Other Outlet');
    const order = rankClusters(clusterStories([x1, x2, y]), { aiOnly: true }).map((c) => c.lead.source);
    expect(order[1]).toBe('Other Outlet');
  });
});
