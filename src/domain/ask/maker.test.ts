import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { asksMaker, makerOf } from './maker';
import { questionKind } from './question';
import { indexStory } from './story-index';
import type { AskStory } from './types';

const EN: AskStory = {
  language: 'en',
  title: 'Dublin TV channel adds an AI sign-language avatar to its late news',
  text: [
    'A Dublin television channel will add an AI sign-language avatar to its late news from March.',
    'The avatar translates the spoken script into Irish Sign Language as it is read.',
    'The digital signer, called Sorcha, was built by Quillmoor Labs, a Galway start-up.',
    'The channel is paying €240,000 over two years.',
  ].join('\n\n'),
};

const VI: AskStory = {
  language: 'vi',
  title: 'Bắc Ninh làm lưới điện thông minh dùng AI',
  text: [
    'Một khu công nghiệp ở Bắc Ninh vừa ký hợp đồng làm lưới điện thông minh dùng AI.',
    'Phần mềm dự báo nhu cầu dùng điện của 210 nhà máy.',
    'Hệ thống do Công ty Công nghệ Năng lượng Lưới Xanh phát triển.',
  ].join('\n\n'),
};

const asks = (story: AskStory, q: string) => asksMaker(q, questionKind(q, story.language), indexStory(story));

describe('who made the story’s thing', () => {
  it('knows the question by its making word and the title’s or lead’s thing, not someone’s other thing', () => {
    expect(asks(EN, 'which company made the avatar')).toBe(true);
    expect(asks(EN, 'who came up with the avatar')).toBe(true);
    expect(asks(VI, 'công ty nào làm lưới điện này')).toBe(true);
    // The thing said by a word for any such thing ("phần mềm", "the software"), and its fitting ("lắp") as its making.
    expect(asks(VI, 'công ty nào làm phần mềm')).toBe(true);
    expect(asks(VI, 'công ty nào lắp hệ thống')).toBe(true);
    expect(asks(EN, 'who built the software')).toBe(true);
    expect(asks(EN, "who makes the channel's cameras")).toBe(false);
    expect(asks(EN, 'who pays for it')).toBe(false);
  });

  it('takes a word said without the plural s the title gives it ("pothole cameras", "hunt potholes") for the same', () => {
    const trucks: AskStory = { language: 'en', title: 'Winnipeg garbage trucks to hunt potholes with AI cameras', text: 'Winnipeg will mount AI cameras on 120 garbage trucks.\n\nThe system comes from Roadlark Analytics, a company in Waterloo.' };
    expect(asks(trucks, 'who makes the pothole cameras')).toBe(true);
    expect(answerQuestion(trucks, 'who makes the pothole cameras', 'en').answer).toBe('Roadlark Analytics');
  });

  it('finds the organisation said to have built or supplied it', () => {
    expect(makerOf(indexStory(EN))?.entity.text).toBe('Quillmoor Labs');
    expect(makerOf(indexStory(VI))?.entity.text).toBe('Công ty Công nghệ Năng lượng Lưới Xanh');
  });

  it('answers with it though the sentence calls the thing otherwise', () => {
    expect(answerQuestion(EN, 'which company made the avatar', 'en').answer).toBe('Quillmoor Labs');
  });
});
