import { describe, expect, it } from 'vitest';
import type { Story } from '../types';
import { clusterStories } from './cluster';
import { rankClusters } from './rank';
import { learn, MAX_NUDGE, tasteInWords, tasteNudge, tasteTopics } from './taste';
import { NO_TASTE, readTaste, type Taste } from './taste-value';

const story = (id: string, title: string, source = 'Wire', hour = 8): Story => ({
  id,
  title,
  source,
  url: '',
  publishedAt: Date.parse(`2026-11-28T${String(hour).padStart(2, '0')}:00:00Z`),
  lang: 'en',
  text: `${title}. The AI company said more details would follow. Analysts were watching closely.`,
});

const crypto = story('c', 'AI trading bot sends Bitcoin to a record', 'Coin Desk', 10);
const chips = story('g', 'Nvidia ships a new AI chip for laptops', 'Tech Ledger');
const repeat = (taste: Taste, s: Story, signal: 'skip' | 'more', times: number) => Array.from({ length: times }).reduce<Taste>((t) => learn(t, s, signal), taste);

describe('taste learned on the device', () => {
  it('finds the learned topics of a story in either language', () => {
    expect(tasteTopics(crypto)).toEqual(['crypto']);
    expect(tasteTopics(chips)).toEqual(['chips']);
    expect(tasteTopics({ title: 'Việt Nam đầu tư vào chip bán dẫn', text: 'Dự án gọi vốn 1 tỷ USD.' })).toEqual(['chips', 'funding']);
  });

  it('skips lower a story\'s topics and outlet, "tell me more" raises them, each within [-1, 1]', () => {
    const skipped = repeat(NO_TASTE, crypto, 'skip', 3);
    expect(skipped.topics.crypto).toBeLessThan(-0.5);
    expect(skipped.sources['Coin Desk']).toBeLessThan(-0.5);
    const wanted = repeat(NO_TASTE, chips, 'more', 20);
    expect(wanted.topics.chips).toBeLessThanOrEqual(1);
    expect(wanted.topics.chips).toBeGreaterThan(0.9);
    // Older signals fade as new ones come.
    expect(learn(skipped, chips, 'more').topics.crypto).toBeGreaterThan(skipped.topics.crypto);
  });

  it('moves a skipped topic down the ranking, never out of it, and by a bounded amount', () => {
    const stories = [crypto, chips, story('m', 'OpenAI opens an AI office in Hanoi', 'Daily Wire', 7)];
    const order = (taste: Taste) => rankClusters(clusterStories(stories), { aiOnly: false, taste }).map((c) => c.lead.id);
    const before = order(NO_TASTE);
    expect(before.indexOf('c')).toBeLessThan(2);
    const skippedALot = repeat(NO_TASTE, crypto, 'skip', 50);
    const after = order(skippedALot);
    expect(after.indexOf('c')).toBeGreaterThan(before.indexOf('c'));
    expect(after).toHaveLength(3);
    expect(tasteNudge(skippedALot, crypto)).toBeGreaterThanOrEqual(-MAX_NUDGE);
    expect(tasteNudge(repeat(NO_TASTE, chips, 'more', 50), chips)).toBeLessThanOrEqual(MAX_NUDGE);
    expect(tasteNudge(skippedALot, chips)).toBe(0);
  });

  it('says what was learned in words, in both languages', () => {
    const taste = repeat(repeat(NO_TASTE, crypto, 'skip', 3), chips, 'more', 3);
    expect(tasteInWords(taste, 'en')).toEqual({ skipped: ['crypto', 'Coin Desk'], wanted: ['chips', 'Tech Ledger'] });
    expect(tasteInWords(taste, 'vi').skipped[0]).toBe('tiền mã hóa');
    expect(tasteInWords(NO_TASTE, 'en')).toEqual({ skipped: [], wanted: [] });
  });

  it('reads a stored taste, and forgets a damaged one', () => {
    const taste = learn(NO_TASTE, crypto, 'skip');
    expect(readTaste(JSON.parse(JSON.stringify(taste)))).toEqual(taste);
    expect(readTaste({ topics: { crypto: 7 }, sources: {} })).toEqual(NO_TASTE);
    expect(readTaste('nonsense')).toEqual(NO_TASTE);
  });
});
