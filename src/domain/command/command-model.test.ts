// The trained model as committed, on requests written here (not from any evaluation set): what the app does with them.
import { describe, expect, it } from 'vitest';
import { understand, understandAlternatives } from './command-model';

const TODAY = '2026-11-28';
const en = (s: string) => understand(s, { lang: 'en', today: TODAY });
const vi = (s: string) => understand(s, { lang: 'vi', today: TODAY });

describe('understanding with the committed model', () => {
  it('keeps what the grammar is exact about', () => {
    expect(en("what's the AI news today")).toMatchObject({ intent: 'brief', topic: null, from: TODAY, to: TODAY });
    expect(en('next')).toMatchObject({ intent: 'next' });
    expect(en('ne\u200bxt')).toMatchObject({ intent: 'next' });
    expect(vi('im lặng')).toMatchObject({ intent: 'stop' });
    expect(vi('tin về DeepSeek hôm qua')).toMatchObject({ intent: 'brief', topic: 'DeepSeek', from: '2026-11-27', to: '2026-11-27' });
  });

  it('takes what follows "về" (about) as the topic when the tagger picked other words entirely', () => {
    expect(vi('tin tức thịnh hành về xe điện')).toMatchObject({ intent: 'brief', topic: 'xe điện' });
    expect(vi('cho tôi biết ngay nếu có tin về bão yagi')).toMatchObject({ intent: 'brief', topic: 'bão yagi' });
    // Where the tagger's topic overlaps the grammar's, the tagger's stands (it cuts the tail the grammar keeps).
    expect(vi('tin được chia sẻ nhiều về chip bán dẫn')).toMatchObject({ intent: 'brief', topic: 'chip bán dẫn' });
  });

  it('names the outlet asked for', () => {
    expect(en('news from the verge today')).toMatchObject({ intent: 'brief', outlet: 'the verge', from: TODAY });
    expect(vi('tin của VnExpress hôm nay')).toMatchObject({ intent: 'brief', outlet: 'VnExpress', from: TODAY });
    expect(en('tell me c. n. n. news')).toMatchObject({ intent: 'brief', outlet: 'cnn' });
  });

  it('answers another assistant’s requests kindly and does nothing', () => {
    expect(en("what's the weather like in Hanoi tomorrow")).toMatchObject({ intent: 'none', notOurs: true });
    expect(en('set an alarm for six thirty tomorrow morning')).toMatchObject({ intent: 'none', notOurs: true });
    expect(vi('đặt báo thức lúc sáu giờ sáng mai')).toMatchObject({ intent: 'none', notOurs: true });
  });

  it('takes the first recognizer alternative that means something', () => {
    expect(understandAlternatives(['nex stay', 'next story'], { lang: 'en', today: TODAY })).toMatchObject({ command: { intent: 'next' }, transcript: 'next story' });
  });
});
