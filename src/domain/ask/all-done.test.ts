import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';

const EN = {
  title: 'Scottish rail operator signs a contract for fault-predicting software',
  language: 'en',
  text: 'Caledon Rail will use software that predicts faults on its lines, starting in January on the Inverness line. The rest of the network should be covered by the end of 2027. Drivers welcomed the news.',
};
const VI = {
  title: 'Hà Nội gắn camera AI trên xe đưa đón học sinh',
  language: 'vi',
  text: 'Các trường tiểu học ở Hà Nội bắt đầu lắp camera AI trên xe đưa đón học sinh từ học kỳ II năm học này. Theo bà Hạnh, toàn bộ xe đưa đón phải lắp thiết bị trước tháng 9 năm 2027.',
};

describe('when all of it will be done', () => {
  it('answers with the deadline for all or the rest, not the start nearer the question’s words', () => {
    expect(answerQuestion(EN, 'when will every line have it', 'en').answer).toContain('end of 2027');
    expect(answerQuestion(VI, 'hạn chót để lắp hết là khi nào', 'vi').answer).toContain('tháng 9 năm 2027');
  });

  it('still answers when it starts with the start', () => {
    expect(answerQuestion(EN, 'when does it start on the inverness line', 'en').answer).toContain('January');
  });
});
