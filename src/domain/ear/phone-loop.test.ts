import { describe, expect, it } from 'vitest';
import { acousticConfidence, PHONE_WORDS, phoneLoopGrammar, phoneWord, type Segment } from './phone-loop';

describe('the phone loop', () => {
  it('is one state that loops on every phone of the model, and ends', () => {
    const g = phoneLoopGrammar();
    expect(g.words).toHaveLength(40);
    expect(new Set(g.words).size).toBe(40);
    for (const w of g.words) expect(g.transitions).toContainEqual({ from: 0, to: 0, word: w, logp: 0 });
    expect(g.transitions).toContainEqual({ from: 0, to: g.end, word: '', logp: 0 });
    expect(g.start).toBe(0);
  });

  it('says each phone as itself, under a word no dictionary word is', () => {
    expect(PHONE_WORDS).toContainEqual([phoneWord('AA'), 'AA']);
    expect(PHONE_WORDS).toContainEqual(['phone_sil', 'SIL']);
    expect(PHONE_WORDS.every(([w]) => w.startsWith('phone_'))).toBe(true);
  });
});

describe('the second ear’s confidence', () => {
  const seg = (word: string, start: number, end: number, ascr: number): Segment => ({ word, start, end, ascr });
  const loop = [seg('phone_sil', 0, 9, -100), seg('phone_p', 10, 29, -300), seg('phone_ao', 30, 59, -400), seg('phone_z', 60, 99, -200)];

  it('is the path’s acoustic score against the loop’s, per frame', () => {
    const path = [seg('<sil>', 0, 9, -120), seg('pause', 10, 99, -1180)];
    expect(acousticConfidence(path, loop)).toBeCloseTo((-1300 + 1000) / 100);
  });

  it('is near 0 where the phrase explains the sound as well as free phones, and lower the worse it does', () => {
    const good = acousticConfidence([seg('pause', 0, 99, -1010)], loop)!;
    const forced = acousticConfidence([seg('next', 0, 99, -3000)], loop)!;
    expect(good).toBeGreaterThan(forced);
    expect(good).toBeCloseTo(-0.1);
  });

  it('is unknown when either heard nothing', () => {
    expect(acousticConfidence([], loop)).toBeNull();
    expect(acousticConfidence([seg('pause', 0, 99, -1000)], [])).toBeNull();
  });
});
