import { describe, expect, it } from 'vitest';
import * as words from './entity-words';

describe('entity word tables', () => {
  it('are valid pattern sources where patterns are built from them', () => {
    for (const [name, value] of Object.entries(words)) {
      if (typeof value === 'string') expect(() => new RegExp(`(?:${value})`, 'u'), name).not.toThrow();
    }
  });

  it('write Vietnamese in NFC, as stories are stored', () => {
    for (const [name, value] of Object.entries(words)) {
      const entries = typeof value === 'string' ? [value] : [...value];
      for (const e of entries) expect(e, name).toBe(e.normalize('NFC'));
    }
  });

  it('count every country among the places', () => {
    for (const c of words.EN_COUNTRIES) expect(words.EN_PLACES.has(c), c).toBe(true);
    for (const c of words.VI_COUNTRIES) expect(words.VI_PLACES.has(c), c).toBe(true);
  });
});
