import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { questionKind } from './question';
import { indexStory } from './story-index';
import { asksWholeCost } from './whole-cost';

const VI = {
  title: 'Côn Đảo dùng flycam và AI đếm tổ trứng rùa biển',
  language: 'vi',
  text: [
    'Vườn quốc gia Côn Đảo bắt đầu dùng flycam và trí tuệ nhân tạo để đếm tổ trứng của rùa biển trên các bãi đẻ.',
    'Mỗi chiếc flycam giá khoảng 60 triệu đồng.',
    'Dự án có tổng kinh phí 2,7 tỷ đồng.',
  ].join('\n\n'),
};

const EN = {
  title: 'Greek ferry firm lets AI set ticket prices',
  language: 'en',
  text: 'Halcyra Lines will let AI software set ticket prices on its island routes. The contract is worth $2.6 million over three years. Islanders say fares on the Naxos route already change too often.',
};

describe("what the story's thing costs, asked in the listener's words", () => {
  it('answers with the whole sum where the question names nothing the title and the lead do not', () => {
    expect(answerQuestion(VI, 'vụ đếm rùa bằng flycam hết nhiêu tiền vậy', 'vi').answer).toBe('2,7 tỷ đồng');
    expect(answerQuestion(EN, "so what's the whole thing costing", 'en').answer).toContain('$2.6 million');
  });

  it('leaves the price of one, and a cost of something else, to the usual match', () => {
    const asks = (story: typeof VI, q: string) => asksWholeCost(q, questionKind(q, story.language), indexStory(story));
    expect(asks(VI, 'dự án đếm rùa tốn bao nhiêu tiền')).toBe(true);
    expect(asks(VI, 'một chiếc flycam giá bao nhiêu')).toBe(false);
    expect(asks(VI, 'thay pin cho flycam hết bao nhiêu tiền')).toBe(false);
    expect(asks(EN, 'how much did each of the licences cost')).toBe(false);
    expect(asks(EN, 'what will island residents pay')).toBe(false);
    // The price of one flycam is told, and answers; the sum for all does not.
    expect(answerQuestion(VI, 'một chiếc flycam giá bao nhiêu', 'vi').answer).toContain('60 triệu đồng');
  });
});
