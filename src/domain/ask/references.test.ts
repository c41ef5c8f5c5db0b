import { describe, expect, it } from 'vitest';
import { organisationMention } from './references';
import { indexStory } from './story-index';

const sentence = (text: string, language = 'en') => indexStory({ title: '', text, language }).sentences[0];

describe('organisationMention', () => {
  it('finds "the firm", "its company", "công ty" outside a name', () => {
    expect(organisationMention(sentence('The firm was founded in Oslo in 2019.'), 'en')).toBe(1);
    expect(organisationMention(sentence('Công ty cam kết đào tạo lại công nhân.', 'vi'), 'vi')).toBe(0);
  });

  it('finds none in a name, nor in a company without "the"', () => {
    expect(organisationMention(sentence('Công ty Cổ phần Sao Bắc vừa ra mắt robot.', 'vi'), 'vi')).toBe(-1);
    expect(organisationMention(sentence('Every company wants one.'), 'en')).toBe(-1);
  });
});
