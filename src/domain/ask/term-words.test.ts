import { describe, expect, it } from 'vitest';
import { EN_IRREGULAR, EN_SYNONYMS, VI_SYNONYMS } from './term-words';
import { MAX_PHRASE } from './terms';

describe('term word tables', () => {
  it('map irregular English forms to lower-case bases', () => {
    for (const [form, base] of Object.entries(EN_IRREGULAR)) expect(/^[a-z]+$/.test(form) && /^[a-z]+$/.test(base), `${form} → ${base}`).toBe(true);
  });

  it('write synonym groups in lower case, Vietnamese in NFC with phrases of at most MAX_PHRASE syllables', () => {
    for (const group of [...EN_SYNONYMS, ...VI_SYNONYMS]) {
      expect(group.length, group.join()).toBeGreaterThan(1);
      for (const w of group) expect(w, w).toBe(w.normalize('NFC').toLowerCase());
    }
    for (const group of VI_SYNONYMS) for (const w of group) expect(w.split(' ').length, w).toBeLessThanOrEqual(MAX_PHRASE);
  });
});
