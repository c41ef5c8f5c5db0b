import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises Vietnamese by its letters', () => {
    expect(detectLanguage('OpenAI công bố dự án Stargate cùng SoftBank và Oracle.')).toBe('vi');
    expect(detectLanguage('OpenAI announced the Stargate project with SoftBank and Oracle.')).toBe('en');
    expect(detectLanguage('Le café à Paris est très bon.')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('reads primary subtags', () => {
    expect(primaryLanguage('vi-VN')).toBe('vi');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('not a tag')).toBeNull();
    expect(primaryLanguage(42)).toBeNull();
  });
});
