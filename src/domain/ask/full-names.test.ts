import { describe, expect, it } from 'vitest';
import { fullName } from './full-names';
import { indexStory } from './story-index';

describe('fullName', () => {
  const index = indexStory({
    title: 'Start-up raises money',
    language: 'en',
    text: 'The company was founded by Priya Raman and Tom Ng. Raman said the money would pay for a factory. Anna Lee and Anna Berg agreed.',
  });
  const person = (text: string) => ({ kind: 'person' as const, text, start: 0, end: text.length });

  it('gives the full name the story gives a person named by one word', () => {
    expect(fullName(person('Raman'), index)).toBe('Priya Raman');
  });

  it('keeps the word where two people share it, and names already in full', () => {
    expect(fullName(person('Anna'), index)).toBe('Anna');
    expect(fullName(person('Tom Ng'), index)).toBe('Tom Ng');
    expect(fullName({ ...person('Raman'), kind: 'organisation' }, index)).toBe('Raman');
  });
});
