import { describe, expect, it } from 'vitest';
import { grammarView } from '../grammar-view';
import { SLOT_TAGS } from './features';
import { bucketOf, type LinearModel } from './linear';
import { spansOf, tagWords, widenSpans } from './tagger';

const CTX = { lang: 'en' as const, today: '2026-11-28' };
const BUCKETS = 4093;

/** A hand-made tagger: the listed word features vote for tags (weights in the quantized units, scale 1). */
function model(votes: Record<string, Partial<Record<(typeof SLOT_TAGS)[number], number>>>): LinearModel {
  const weights = new Int8Array(BUCKETS * SLOT_TAGS.length);
  for (const [feature, tags] of Object.entries(votes)) {
    const b = bucketOf(feature, BUCKETS);
    for (const [tag, w] of Object.entries(tags)) weights[b * SLOT_TAGS.length + SLOT_TAGS.indexOf(tag as (typeof SLOT_TAGS)[number])] += w!;
  }
  // Words nothing votes for are outside.
  return { labels: SLOT_TAGS, buckets: BUCKETS, weights, scales: new Float32Array(SLOT_TAGS.length).fill(1), bias: Float32Array.from(SLOT_TAGS, (t) => (t === 'O' ? 3 : 0)) };
}

describe('the slot tagger', () => {
  it('reads topic and outlet spans back in the words as said', () => {
    const m = model({ 'w=deepseek': { 'B-T': 20 }, 'w=models': { 'I-T': 20 }, 'w=reuters': { 'B-S': 20 }, 't=B-T': { 'I-T': 5 } });
    const v = grammarView('what did Reuters say about DeepSeek models', CTX);
    const tags = tagWords(m, v, CTX);
    expect(tags).toEqual(['O', 'O', 'B-S', 'O', 'O', 'B-T', 'I-T']);
    expect(spansOf(tags, v, 'T')).toEqual(['DeepSeek models']);
    expect(spansOf(tags, v, 'S')).toEqual(['Reuters']);
  });

  it('never puts an "inside" tag after a word of another kind: the best valid sequence wins', () => {
    // "chips" alone would be I-T, but the word before it is outside: the sequence makes it B-T instead.
    const m = model({ 'w=chips': { 'I-T': 26, 'B-T': 25 } });
    const v = grammarView('news about chips', CTX);
    expect(tagWords(m, v, CTX)).toEqual(['O', 'O', 'B-T']);
  });
});

describe('widening a span over the grammar’s', () => {
  const VI = { lang: 'vi' as const, today: '2026-11-28' };

  it('carries a topic cut short on to the end of the grammar’s topic, over words the grammar has no part for', () => {
    const v = grammarView('có gì mới về tiền mã hóa không', VI);
    const cut = v.folded.map((w) => (w === 'tien' ? 'B-T' : w === 'ma' ? 'I-T' : 'O')) as ReturnType<typeof tagWords>;
    const wide = widenSpans(cut, v, 'T', 'tiền mã hóa');
    expect(spansOf(wide, v, 'T')).toEqual(['tiền mã hóa']);
    // "không" is past the grammar's topic: it stays outside.
    expect(wide[wide.length - 1]).toBe('O');
  });

  it('never widens backwards, over words the grammar knows, or when the grammar has no such span', () => {
    const v = grammarView('những gì đang xảy ra trên thế giới', VI);
    const tags = v.folded.map((w) => (w === 'the' ? 'B-T' : w === 'gioi' ? 'I-T' : 'O')) as ReturnType<typeof tagWords>;
    // "trên" comes before the span: a preposition far more often than a part of the name.
    expect(spansOf(widenSpans(tags, v, 'T', 'trên thế giới'), v, 'T')).toEqual(['thế giới']);
    expect(widenSpans(tags, v, 'T', null)).toEqual(tags);
    expect(widenSpans(tags, v, 'T', 'something not said')).toEqual(tags);
    // "tin" is a news word the grammar knows: a span does not take it in.
    const news = grammarView('lũ lụt tin mới', VI);
    const lu = news.folded.map((_, i) => (i === 0 ? 'B-T' : 'O')) as ReturnType<typeof tagWords>;
    expect(spansOf(widenSpans(lu, news, 'T', 'lũ lụt tin mới'), news, 'T')).toEqual(['lũ lụt']);
  });
});
