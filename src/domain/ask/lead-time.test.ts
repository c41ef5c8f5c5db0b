import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';

describe('how far ahead', () => {
  it('answers with the one span the story says comes before, in either language', () => {
    const en = { title: 'Perth hospitals hand nurse rosters to AI', language: 'en', text: 'Tindale hospitals will use AI software to draw up rosters from July. In a trial, nurses received their rosters six weeks ahead, instead of two.' };
    expect(answerQuestion(en, 'in the trial how far ahead did nurses get their rosters', 'en').answer).toContain('six weeks ahead');
    const vi = { title: 'Ứng dụng AI dự báo giá tiêu', language: 'vi', text: 'Ứng dụng Sổ Tiêu vừa ra mắt cho nông dân. Sổ Tiêu đưa ra dự báo giá tiêu đen cho bốn tuần tới và cập nhật mỗi sáng.' };
    expect(answerQuestion(vi, 'nó dự báo trước được bao lâu', 'vi').answer).toContain('bốn tuần');
  });

  it('declines where the story says no span ahead, or two that differ', () => {
    const none = { title: 'Perth hospitals hand nurse rosters to AI', language: 'en', text: 'Tindale hospitals will use AI software to draw up rosters from July. Nurses welcomed it.' };
    expect(answerQuestion(none, 'how far ahead do nurses get their rosters', 'en').answer).toBeNull();
    const two = { title: 'Flood warnings', language: 'en', text: 'The old forecasts gave residents four hours ahead. The new system gives towns upstream twelve hours ahead.' };
    expect(answerQuestion(two, 'how far ahead do people get the warning', 'en').answer).toBeNull();
  });
});
