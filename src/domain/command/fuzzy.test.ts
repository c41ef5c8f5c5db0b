import { describe, expect, it } from 'vitest';
import { editDistance, nearestUnambiguous } from './fuzzy';

describe('near misses', () => {
  it('counts edits and transpositions', () => {
    expect(editDistance('nex', 'next')).toBe(1);
    expect(editDistance('stope', 'stop')).toBe(1);
    expect(editDistance('puase', 'pause')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('accepts only an unambiguous candidate', () => {
    const words = new Map([
      ['next', 'next'],
      ['stop', 'stop'],
      ['skip', 'next'],
      ['pause', 'pause'],
    ]);
    expect(nearestUnambiguous('nex', words)).toBe('next');
    expect(nearestUnambiguous('stope', words)).toBe('stop');
    expect(nearestUnambiguous('paws', words)).toBeNull();
    expect(nearestUnambiguous('no', words)).toBeNull();
    const clash = new Map([
      ['stop', 'stop'],
      ['step', 'next'],
    ]);
    expect(nearestUnambiguous('stap', clash)).toBeNull();
  });
});
