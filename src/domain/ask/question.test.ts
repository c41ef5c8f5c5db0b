import { describe, expect, it } from 'vitest';
import { isOtherDomain, isStoryQuestion, questionKind } from './question';

const kind = (q: string, lang = 'en') => questionKind(q, lang).kind;

describe('questionKind, English', () => {
  it('names the kind asked for', () => {
    expect(kind('how much does it cost?')).toBe('amount');
    expect(kind('so what does one of those kestrel chips cost')).toBe('amount');
    expect(kind('how many clinics are using it')).toBe('number');
    expect(kind('how much did the shares fall')).toBe('number');
    expect(kind('who built it?')).toBe('person');
    expect(kind('which companies are involved?')).toBe('organisation');
    expect(kind('which country are the data centres in')).toBe('place');
    expect(kind("where's veltrix based")).toBe('place');
    expect(kind('when does it launch?')).toBe('time');
    expect(kind('how long does a task take')).toBe('time');
    expect(kind('why did she start it')).toBe('reason');
    expect(kind('what did critics say?')).toBe('opinion');
    expect(questionKind('so what does the union reckon', 'en')).toMatchObject({ kind: 'opinion', holders: ['union'] });
    expect(kind('what does it do?')).toBe('other');
  });

  it('keeps the content words, without wake words, fillers, pronouns and question words', () => {
    expect(questionKind('hey earshot, um, how much did Notara raise?', 'en').words).toEqual(['notara', 'raise']);
    expect(questionKind("who's the boss of veltrix", 'en').words).toEqual(['boss', 'veltrix']);
  });

  it('reads what a count counts, whose view is asked, a total and a length of time', () => {
    expect(questionKind('so how many chips can they ship', 'en').counted).toEqual(['chips']);
    expect(questionKind('what did environmental groups say', 'en').holders).toEqual(['environmental', 'groups']);
    expect(questionKind('what did critics say about it', 'en')).toMatchObject({ critics: true, words: [] });
    expect(questionKind('how many cameras in total', 'en').total).toBe(true);
    expect(questionKind('how long will the trial last', 'en').duration).toBe(true);
    expect(questionKind('when does the trial start', 'en').duration).toBe(false);
  });
});

describe('questionKind, doubts and others', () => {
  it('reads a question after a doubt, naming no one, as asking for a critical view', () => {
    expect(questionKind('is anyone worried about it', 'en')).toMatchObject({ kind: 'opinion', critics: true, words: [] });
    expect(questionKind("what's the catch", 'en')).toMatchObject({ kind: 'opinion', critics: true, words: [] });
    expect(questionKind('any downsides', 'en')).toMatchObject({ kind: 'opinion', critics: true });
  });

  it('reads who or which besides one named', () => {
    expect(questionKind('who are the other founders', 'en').others).toBe(true);
    expect(questionKind('công ty nào khác tham gia', 'vi').others).toBe(true);
    expect(questionKind('who are the founders', 'en').others).toBe(false);
  });

  it('reads idioms as the plain words a story writes', () => {
    expect(questionKind("who's in charge of water", 'en').words).toEqual(['head', 'water']);
    expect(questionKind('when does the ban kick in', 'en')).toMatchObject({ kind: 'time', words: ['ban', 'start'] });
  });
});

describe('questionKind, Vietnamese', () => {
  it('names the kind asked for, with or without diacritics', () => {
    expect(kind('giá bao nhiêu?', 'vi')).toBe('amount');
    expect(kind('gia bao nhieu', 'vi')).toBe('amount');
    expect(kind('app này nhiêu tiền vậy', 'vi')).toBe('amount');
    expect(kind('có bao nhiêu kỹ sư làm dự án này', 'vi')).toBe('number');
    expect(kind('ai phát triển nó?', 'vi')).toBe('person');
    expect(kind('ai phat trien no', 'vi')).toBe('person');
    expect(kind('công ty nào làm hệ thống này', 'vi')).toBe('organisation');
    expect(kind('ở nước nào?', 'vi')).toBe('place');
    expect(kind('bao giờ có?', 'vi')).toBe('time');
    expect(kind('khi nào bắt đầu thí điểm', 'vi')).toBe('time');
    expect(kind('vì sao chị ấy làm cái app này', 'vi')).toBe('reason');
    expect(kind('chuyên gia nói gì về nó', 'vi')).toBe('opinion');
  });

  it('counts what follows a classifier, and takes "đồng hồ" (a meter) for no money', () => {
    expect(questionKind('lắp cho bao nhiêu cái đồng hồ', 'vi')).toMatchObject({ kind: 'number', counted: ['đồng', 'hồ'] });
    expect(questionKind('có mấy chiếc xe', 'vi')).toMatchObject({ kind: 'number', counted: ['xe'] });
    expect(kind('bao nhiêu đồng một lượt', 'vi')).toBe('amount');
  });

  it('reads the price of one of several as the price of each', () => {
    expect(questionKind('what does one of the sensors cost', 'en')).toMatchObject({ kind: 'amount', each: true });
    expect(questionKind('how much does one of those robots cost', 'en')).toMatchObject({ kind: 'amount', each: true });
    expect(questionKind('how much did the council pay for the sensors', 'en')).toMatchObject({ kind: 'amount', each: false });
  });

  it('reads "có ai … không" as whether anyone did, not who', () => {
    expect(kind('có ai bị đuổi việc không', 'vi')).toBe('other');
    expect(kind('có ai phản đối không', 'vi')).toBe('opinion');
    expect(kind('ai phát triển nó', 'vi')).toBe('person');
  });

  it('takes "khác" (other) for no word to match, as "other" is none, while still asking for another', () => {
    expect(questionKind('mấy luật sư khác nói gì về nó', 'vi')).toMatchObject({ kind: 'opinion', words: ['luat', 'su'] });
    expect(questionKind('công ty nào khác đầu tư', 'vi')).toMatchObject({ kind: 'organisation', others: true });
  });

  it('reads "AI" the technology apart from "ai" (who)', () => {
    expect(kind('ai phát triển mô hình AI này', 'vi')).toBe('person');
    expect(questionKind('ai phát triển mô hình AI này', 'vi').words).toContain('ai');
    expect(kind('tin ai mới nhất là gì', 'vi')).not.toBe('person');
  });

  it('keeps syllables of words, drops question words whole, and keeps "chị" of "chị ấy"', () => {
    expect(questionKind('thuê bao plus được gửi bao nhiêu tin nhắn', 'vi').said).toEqual(['thuê', 'bao', 'plus', 'được', 'gửi', 'tin', 'nhắn']);
    expect(questionKind('thuê bao plus được gửi bao nhiêu tin nhắn', 'vi').counted).toEqual(['tin', 'nhắn']);
    expect(questionKind('vì sao chị ấy làm cái app này', 'vi').said).toContain('chị');
    expect(questionKind('gia bao nhieu', 'vi')).toMatchObject({ folded: true, words: ['gia'] });
  });
});

describe('isStoryQuestion', () => {
  it('takes questions a story could answer', () => {
    for (const q of ['how much does it cost?', 'who built it', 'what did Nvidia say', 'is it open source', 'does it run offline', 'can you tell me who led the round']) {
      expect(isStoryQuestion(q, 'en'), q).toBe(true);
    }
    for (const q of ['giá bao nhiêu?', 'ai phát triển nó', 'bao giờ có', 'ở nước nào', 'có miễn phí không', 'nhiêu tiền vậy', 'bà ấy làm chức gì']) {
      expect(isStoryQuestion(q, 'vi'), q).toBe(true);
    }
  });

  it('refuses statements, requests and questions for other assistants', () => {
    for (const q of ['I like this story', 'play some music', "what's the weather tomorrow", 'set a timer for ten minutes', 'what time is it', "what's 15 times 12", 'can you play a song']) {
      expect(isStoryQuestion(q, 'en'), q).toBe(false);
    }
    for (const q of ['tôi thích bài này', 'thời tiết hôm nay thế nào', 'mấy giờ rồi', 'mở bài hát', 'đặt báo thức lúc 6 giờ']) {
      expect(isStoryQuestion(q, 'vi'), q).toBe(false);
    }
    expect(isOtherDomain('mấy giờ rồi', 'vi')).toBe(true);
    expect(isOtherDomain('how much is the deal worth', 'en')).toBe(false);
  });
});

describe('questionKind, the kinds said otherwise', () => {
  it('reads a worry asked after, an idea asked about, and a name asked for', () => {
    expect(questionKind('what are interpreters afraid of', 'en').kind).toBe('opinion');
    expect(questionKind("what's bothering the beekeepers", 'en').kind).toBe('opinion');
    expect(questionKind('what gave her the idea', 'en').kind).toBe('reason');
    expect(questionKind('chuyên gia giáo dục thấy nó thế nào', 'vi').kind).toBe('opinion');
    expect(questionKind("what's the chatbot called", 'en').named).toBe(true);
    expect(questionKind('ủa con chatbot đó tên gì', 'vi')).toMatchObject({ named: true, words: ['chatbot'] });
    expect(questionKind('who called for the ban', 'en').named).toBe(false);
  });

  it('hears whether a time question asks about the past or the future', () => {
    expect(questionKind('when did the trial start', 'en').tense).toBe('past');
    expect(questionKind('when will the drones be delivered', 'en').tense).toBe('future');
    expect(questionKind('bao giờ thì có thêm môn lý', 'vi').tense).toBe('future');
    expect(questionKind('hồi nào thì có bản nói được', 'vi').tense).toBeNull();
    expect(questionKind('who runs it', 'en').tense).toBeNull();
  });

  it('does not take "bắt đầu" said without diacritics for "đâu" (where)', () => {
    expect(questionKind('bao gio bat dau', 'vi').kind).toBe('time');
    expect(questionKind('cong ty o dau', 'vi').kind).toBe('place');
  });

  it('reads "which union" as asking for an organisation', () => {
    expect(questionKind('ok which union represents the reporters', 'en').kind).toBe('organisation');
  });

  it('does not take "trả lời" (answer) for paying', () => {
    expect(questionKind('nó trả lời được bao nhiêu câu rồi', 'vi').kind).toBe('number');
  });
});
