import { describe, expect, it } from 'vitest';
import { parseAlternatives, parseCommand } from './parse-command';
import type { Intent } from './types';

const TODAY = '2026-11-28';
const en = (s: string) => parseCommand(s, { lang: 'en', today: TODAY });
const vi = (s: string) => parseCommand(s, { lang: 'vi', today: TODAY });

function intents(parse: (s: string) => { intent: Intent }, table: Record<string, Intent>) {
  for (const [utterance, intent] of Object.entries(table)) {
    expect({ utterance, intent: parse(utterance).intent }).toEqual({ utterance, intent });
  }
}

describe('parseCommand, English', () => {
  it('asks for today, yesterday or undated news', () => {
    expect(en("What's the AI news today?")).toEqual({ intent: 'brief', topic: null, outlet: null, from: TODAY, to: TODAY });
    expect(en('play yesterday’s headlines')).toEqual({ intent: 'brief', topic: null, outlet: null, from: '2026-11-27', to: '2026-11-27' });
    expect(en('news from the day before yesterday')).toMatchObject({ intent: 'brief', from: '2026-11-26', to: '2026-11-26' });
    expect(en('what happened this morning')).toMatchObject({ intent: 'brief', from: TODAY });
    expect(en('catch me up')).toEqual({ intent: 'brief', topic: null, outlet: null, from: null, to: null });
  });

  it('asks for the news of a span of days with "anything from", "everything since", a recap, or what was missed', () => {
    // "Everything" is every story of those days, those already heard too.
    expect(en('everything since Wednesday')).toEqual({ intent: 'brief', topic: null, outlet: null, from: '2026-11-25', to: TODAY, scope: 'all' });
    expect(en('anything from last weekend')).toMatchObject({ intent: 'brief', topic: null, from: '2026-11-21', to: '2026-11-22' });
    expect(en('a recap of the past week')).toMatchObject({ intent: 'brief', topic: null, from: '2026-11-22', to: TODAY });
    expect(en('what did I miss on Friday')).toMatchObject({ intent: 'brief', topic: null, from: '2026-11-27', to: '2026-11-27' });
    expect(en('anything about Mistral')).toMatchObject({ intent: 'brief', topic: 'Mistral' });
    // Without a day these words ask anything of anyone; with one, other assistants' requests stay theirs.
    intents(en, { 'anything from my mom': 'none', 'did I miss any calls today': 'none', 'do I have anything scheduled for tomorrow': 'none' });
  });

  it("leaves a calendar's events to the calendar", () => {
    intents(en, { 'repeat this event': 'none', 'save this event': 'none', 'create an event gym day on monday and set it to repeat': 'none' });
  });

  it("leaves what is on nearby, and the assistant's own day, to others; the world's current events stay news", () => {
    intents(en, {
      "what's going on in town tonight": 'none',
      'what events are happening in Seattle this weekend': 'none',
      'tell me about things to do near me': 'none',
      'tell me about my day': 'none',
      'get me the latest on current events going on in the world': 'brief',
      'news about the Coachella festival': 'brief',
    });
  });

  it('leaves writing with news, directions, orders and saying after to others; weather news stays news', () => {
    intents(en, {
      'write a news article about cats': 'none',
      'give me some headlines for my essay': 'none',
      "the news said it'll rain tomorrow, is that right": 'none',
      'is there a faster route to the office': 'none',
      'should I keep going straight here': 'none',
      'repeat my last order': 'none',
      'repeat after me': 'none',
      'the latest climate and weather news': 'brief',
      'tell me about the most recent road construction on route seventy': 'brief',
      'repeat that': 'repeat',
    });
  });

  it('hears a command after a word of mood ("boring, next", "nah skip that", "wait go back", "never mind, stop")', () => {
    intents(en, {
      'boring, next': 'next',
      "I'm not interested, next": 'next',
      'nah skip that': 'next',
      'wait go back': 'previous',
      'never mind, stop': 'stop',
      'sorry, come again': 'repeat',
      'just a sec': 'pause',
      'not so fast': 'slower',
      'start this story from the beginning': 'repeat',
      'where did you get that': 'source',
      // A mood word alone is still what it was: "wait" pauses, "sorry" asks again, "never mind" stops.
      wait: 'pause',
      sorry: 'repeat',
      'never mind': 'stop',
      'keep playing my workout playlist': 'none',
    });
  });

  it('understands transport commands with fillers, openers and closers', () => {
    intents(en, {
      next: 'next',
      'Next story, please.': 'next',
      'um skip this one': 'next',
      'go back': 'previous',
      'could you go back one': 'previous',
      'repeat that': 'repeat',
      'say that again please': 'repeat',
      pause: 'pause',
      'hold on': 'pause',
      continue: 'resume',
      'OK, carry on': 'resume',
      stop: 'stop',
      "that's enough thanks": 'stop',
    });
  });

  it('answers none for everything else and never guesses', () => {
    intents(en, {
      "what's the weather like": 'none',
      'set an alarm for seven': 'none',
      'play some jazz': 'none',
      'next tuesday remind me to call mom': 'none',
      '': 'none',
      '   ?!': 'none',
    });
  });
});

describe('parseCommand, Vietnamese', () => {
  it('asks for news, with and without diacritics', () => {
    expect(vi('tin AI hôm nay')).toEqual({ intent: 'brief', topic: null, outlet: null, from: TODAY, to: TODAY });
    expect(vi('tin ai hom nay')).toEqual({ intent: 'brief', topic: null, outlet: null, from: TODAY, to: TODAY });
    expect(vi('bản tin hôm qua nhé')).toMatchObject({ intent: 'brief', from: '2026-11-27', to: '2026-11-27' });
    expect(vi('đọc tin tức hôm kia')).toMatchObject({ intent: 'brief', from: '2026-11-26' });
    expect(vi('có gì mới')).toMatchObject({ intent: 'brief', from: null });
  });

  it('hears headlines, articles, a paper, hot and trending topics as news, and an outlet named after "của báo" as that outlet, not "which paper?"', () => {
    expect(vi('những tiêu đề gần đây')).toMatchObject({ intent: 'brief', topic: null });
    expect(vi('các tiêu đề về chip')).toMatchObject({ intent: 'brief', topic: 'chip' });
    expect(vi('cho tôi các bài viết về deepseek')).toMatchObject({ intent: 'brief', topic: 'deepseek' });
    expect(vi('tin của báo tuổi trẻ')).toMatchObject({ intent: 'brief', outlet: 'tuổi trẻ' });
    expect(vi('đọc cho tôi trang chính của báo người lao động')).toMatchObject({ intent: 'brief', topic: null, outlet: 'người lao động' });
    expect(vi('cho tôi một tờ báo')).toMatchObject({ intent: 'brief', topic: null });
    expect(vi('chủ đề nào được bàn tán nhiều nhất ngày hôm nay')).toMatchObject({ intent: 'brief', topic: null, from: TODAY });
    expect(vi('có gì mới trong ngành công nghiệp trò chơi')).toMatchObject({ intent: 'brief', topic: 'công nghiệp trò chơi' });
    expect(vi('bật nhạc xu hướng')).toMatchObject({ intent: 'none' });
    expect(vi('tin này của báo nào')).toMatchObject({ intent: 'source' });
    expect(vi('của báo nào vậy')).toMatchObject({ intent: 'source' });
  });

  it('tells "tiếp" (next) from "tiếp tục" (resume) and "tạm dừng" (pause) from "dừng" (stop)', () => {
    intents(vi, {
      tiếp: 'next',
      'tiếp đi': 'next',
      'tin tiếp theo nhé': 'next',
      'tiếp tục': 'resume',
      'tiep tuc di': 'resume',
      'quay lại': 'previous',
      'tạm dừng': 'pause',
      'tam dung': 'pause',
      'dừng lại': 'stop',
      'thôi': 'stop',
      'nhắc lại đi': 'repeat',
    });
  });

  it('accepts English transport words from a Vietnamese speaker', () => {
    expect(vi('next').intent).toBe('next');
    expect(vi('pause').intent).toBe('pause');
  });

  it('answers none for other requests', () => {
    intents(vi, { 'thời tiết hôm nay thế nào': 'none', 'mở nhạc': 'none', 'đặt báo thức': 'none' });
  });
});

describe('parseAlternatives', () => {
  it('takes the first alternative that parses', () => {
    const r = parseAlternatives(['necks', 'next', 'nest'], { lang: 'en', today: TODAY });
    expect(r).toEqual({ command: { intent: 'next', topic: null, outlet: null, from: null, to: null }, transcript: 'next' });
  });

  it('answers none with the first transcript when nothing parses', () => {
    expect(parseAlternatives(['blue whale', 'blew whale'], { lang: 'en', today: TODAY })).toEqual({
      command: { intent: 'none', topic: null, outlet: null, from: null, to: null },
      transcript: 'blue whale',
    });
  });
});

describe('every intent of the contract', () => {
  it.each([
    ['tell me more', 'more'],
    ['read the whole article', 'more'],
    ['tell me more about that story', 'more'],
    ['faster please', 'faster'],
    ['slow down', 'slower'],
    ['who reported that', 'source'],
    ['bookmark this', 'save'],
    ["play yesterday's briefing again", 'replay'],
    ['what can I say', 'help'],
  ] as const)('en: %s → %s', (utterance, intent) => {
    expect(en(utterance).intent).toBe(intent);
  });

  it.each([
    ['kể thêm', 'more'],
    ['đọc nhanh hơn', 'faster'],
    ['chậm lại', 'slower'],
    ['nguồn tin là gì', 'source'],
    ['lưu tin này', 'save'],
    ['phát lại bản tin', 'replay'],
    ['tôi có thể nói gì', 'help'],
  ] as const)('vi: %s → %s', (utterance, intent) => {
    expect(vi(utterance).intent).toBe(intent);
  });

  it('gives replay its days', () => {
    expect(en("play yesterday's briefing again")).toEqual({ intent: 'replay', topic: null, outlet: null, from: '2026-11-27', to: '2026-11-27' });
    expect(vi('nghe lại bản tin hôm qua')).toEqual({ intent: 'replay', topic: null, outlet: null, from: '2026-11-27', to: '2026-11-27' });
  });
});

describe('topics', () => {
  it.each([
    ['news about DeepSeek', 'DeepSeek'],
    ['what is the latest on Nvidia chips', 'Nvidia chips'],
    ["what's going on with OpenAI", 'OpenAI'],
    ['um hey give me the SoftBank news please', 'SoftBank'],
    ['tell me more about Stargate', 'Stargate'],
    ['AI chip news', 'chip'],
    ['news about Google', 'Google'],
    ["what's up with Intel", 'Intel'],
    ["hey google, what's new with Alexa", 'Alexa'],
  ])('en: %s → %s', (utterance, topic) => {
    expect(en(utterance)).toMatchObject({ intent: 'brief', topic });
  });

  it.each([
    ['tin về DeepSeek', 'DeepSeek'],
    ['Nvidia thế nào rồi', 'Nvidia'],
    ['có gì mới về chip bán dẫn không', 'chip bán dẫn'],
    ['ơi cho mình tin về Stargate nhé', 'Stargate'],
    ['tin ve openai hom qua nha', 'openai'],
    ['có gì mới về luật AI không', 'luật AI'],
    ['ok google tin về Google', 'Google'],
  ])('vi: %s → %s', (utterance, topic) => {
    expect(vi(utterance)).toMatchObject({ intent: 'brief', topic });
  });

  it('treats generic AI words as the default domain, not a topic', () => {
    expect(en('artificial intelligence news').topic).toBeNull();
    expect(vi('tin trí tuệ nhân tạo hôm nay').topic).toBeNull();
    expect(vi('tin về AI').topic).toBeNull();
  });

  it('finds an outlet split or joined otherwise than it is written, and takes no topic from it', () => {
    expect(en('tech crunch headlines')).toMatchObject({ intent: 'brief', topic: null, outlet: 'techcrunch' });
    expect(en('bloom berg tech news')).toMatchObject({ intent: 'brief', topic: 'tech', outlet: 'bloomberg' });
    expect(en('arstechnica headlines')).toMatchObject({ intent: 'brief', topic: null, outlet: 'ars technica' });
    expect(en('the verge dot com headlines')).toMatchObject({ intent: 'brief', topic: null, outlet: 'the verge' });
    expect(vi('vn express có gì hot')).toMatchObject({ intent: 'brief', topic: null, outlet: 'vnexpress' });
    expect(vi('gen k hôm nay có gì')).toMatchObject({ intent: 'brief', topic: null, outlet: 'genk', from: TODAY });
    // A possessive is the outlet's.
    expect(en("NPR's coverage of the election")).toMatchObject({ intent: 'brief', topic: 'election', outlet: 'npr' });
    expect(en("Wired's AI coverage")).toMatchObject({ intent: 'brief', topic: null, outlet: 'wired' });
    // Signing up to an outlet is no request for its news.
    expect(en("sign me up for The Verge's newsletter").intent).toBe('none');
    // Ordinary words are left alone.
    expect(en('news about tech')).toMatchObject({ intent: 'brief', topic: 'tech', outlet: null });
  });

  it('takes no topic from what an outlet does or where its news is', () => {
    expect(vi('đọc tin trên Dân trí')).toMatchObject({ intent: 'brief', topic: null, outlet: 'Dân trí' });
    expect(vi('cho tôi nghe tin từ Zing')).toMatchObject({ intent: 'brief', topic: null, outlet: 'Zing' });
    expect(vi('báo Nhân Dân đăng gì hôm nay')).toMatchObject({ intent: 'brief', topic: null, from: TODAY });
    // Topics that begin with the same words, or with them once diacritics are gone, keep them.
    expect(vi('tin về Đài Loan').topic).toBe('Đài Loan');
    expect(vi('tin ve tu dong hoa').topic).toBe('tu dong hoa');
    expect(vi('tin ai viet nam hom qua').topic).toBe('viet nam');
  });

  it('takes no topic from an assistant named first', () => {
    expect(vi('ok google tin tức hôm nay')).toEqual({ intent: 'brief', topic: null, outlet: null, from: TODAY, to: TODAY });
    expect(vi('alexa ơi báo Thanh Niên hôm nay có gì')).toMatchObject({ intent: 'brief', topic: null, outlet: 'Thanh Niên' });
    expect(vi('olly ơi đọc tin đi')).toMatchObject({ intent: 'brief', topic: null });
    expect(en("hey google, what's the news")).toMatchObject({ intent: 'brief', topic: null });
  });

  it('combines topic and days', () => {
    expect(en('news about deepseek since monday')).toEqual({ intent: 'brief', topic: 'deepseek', outlet: null, from: '2026-11-23', to: '2026-11-28' });
    expect(vi('tin Nvidia tuần trước')).toEqual({ intent: 'brief', topic: 'Nvidia', outlet: null, from: '2026-11-16', to: '2026-11-22' });
  });
});

describe('robustness', () => {
  it('accepts unambiguous near-misses of one-word commands, and nothing ambiguous', () => {
    expect(en('nex').intent).toBe('next');
    expect(en('stope').intent).toBe('stop');
    expect(en('paws').intent).toBe('none');
    expect(vi('bạn khỏe không').intent).toBe('none');
  });

  it('keeps words that only look like commands out', () => {
    expect(en('resume animal farm').intent).toBe('none');
    expect(en('play the next episode of my podcast').intent).toBe('none');
    expect(vi('đọc tin nhắn mới').intent).toBe('none');
    expect(vi('tôi không tin').intent).toBe('none');
    expect(vi('tạm dừng gói cước 4G').intent).toBe('none');
  });

  it('does not read English sentences with the folded Vietnamese grammar, but takes typed Vietnamese requests', () => {
    expect(en('play news in fm').intent).toBe('none');
    expect(en('tin ve deepseek hom qua')).toEqual({ intent: 'brief', topic: 'deepseek', outlet: null, from: '2026-11-27', to: '2026-11-27' });
  });

  it('takes numbers as words or digits', () => {
    expect(en('news from the last three days')).toMatchObject({ from: '2026-11-26', to: '2026-11-28' });
    expect(vi('tin ba ngày qua')).toMatchObject({ from: '2026-11-26', to: '2026-11-28' });
    expect(vi('tin 3 ngày qua')).toMatchObject({ from: '2026-11-26', to: '2026-11-28' });
  });
});

describe('stopping later', () => {
  it.each([
    ['stop after this story', 'story'],
    ['please finish this one and stop', 'story'],
    ['sleep timer 30 minutes', 30],
    ['set a sleep timer for fifteen minutes', 15],
    ['stop in an hour', 60],
    ['turn off in half an hour', 30],
    ['cancel the sleep timer', 0],
  ] as const)('en: %s → stop after %s', (utterance, after) => {
    expect(en(utterance)).toEqual({ intent: 'stop', topic: null, outlet: null, from: null, to: null, after });
  });

  it.each([
    ['dừng sau tin này', 'story'],
    ['đọc hết tin này rồi tắt nhé', 'story'],
    ['hẹn giờ tắt 30 phút', 30],
    ['tắt sau mười lăm phút', 15],
    ['tat sau mot tieng', 60],
    ['hủy hẹn giờ', 0],
  ] as const)('vi: %s → stop after %s', (utterance, after) => {
    expect(vi(utterance)).toEqual({ intent: 'stop', topic: null, outlet: null, from: null, to: null, after });
  });

  it('a plain stop has no "after"', () => {
    expect(en('stop')).toEqual({ intent: 'stop', topic: null, outlet: null, from: null, to: null });
  });
});

describe('briefings sized in minutes', () => {
  it.each([
    ['give me a two-minute briefing', 2],
    ['a 5 minute briefing on deepseek please', 5],
    ["what's the AI news today in three minutes or less", 3],
  ] as const)('en: %s → %s minutes', (utterance, minutes) => {
    expect(en(utterance)).toMatchObject({ intent: 'brief', minutes });
  });

  it('keeps the length out of the topic and the days', () => {
    expect(en('give me a two-minute briefing')).toEqual({ intent: 'brief', topic: null, outlet: null, from: null, to: null, minutes: 2 });
    expect(en('a 5 minute briefing on deepseek please')).toEqual({ intent: 'brief', topic: 'deepseek', outlet: null, from: null, to: null, minutes: 5 });
    expect(vi('bản tin năm phút')).toEqual({ intent: 'brief', topic: null, outlet: null, from: null, to: null, minutes: 5 });
    expect(vi('tin AI hôm nay trong 3 phút')).toEqual({ intent: 'brief', topic: null, outlet: null, from: TODAY, to: TODAY, minutes: 3 });
  });
});

describe('parseCommand: stories heard, again or not, and what is new', () => {
  it('asks for the day\'s stories again, those heard included', () => {
    for (const said of ['play them again', 'OK play them all again', "play today's stories again", "include the ones I've heard"]) {
      expect(en(said), said).toMatchObject({ intent: 'brief', topic: null, scope: 'all' });
    }
    expect(en("play yesterday's stories again")).toMatchObject({ intent: 'brief', from: '2026-11-27', to: '2026-11-27', scope: 'all' });
    expect(en("all of today's news")).toMatchObject({ intent: 'brief', topic: null, from: TODAY, scope: 'all' });
    for (const said of ['phát lại hết', 'nghe lại tất cả', 'tất cả tin hôm nay', 'đọc lại tất cả tin hôm nay', 'phat lai het']) {
      expect(vi(said), said).toMatchObject({ intent: 'brief', topic: null, scope: 'all' });
    }
    expect(vi('tất cả tin hôm nay')).toMatchObject({ from: TODAY, to: TODAY });
  });

  it('asks for what arrived since the last briefing only when nothing else is named', () => {
    for (const said of ["what's new", 'anything new?', 'hey earshot what is new']) expect(en(said), said).toMatchObject({ intent: 'brief', scope: 'new' });
    for (const said of ['có gì mới', 'có gì mới không', 'có tin gì mới không', 'co gi moi']) expect(vi(said), said).toMatchObject({ intent: 'brief', scope: 'new' });
    expect(en("what's new today").scope).toBeUndefined();
    expect(en("what's new with DeepSeek")).toMatchObject({ intent: 'brief', topic: 'DeepSeek' });
    expect(en("what's new with DeepSeek").scope).toBeUndefined();
    expect(vi('có gì mới về chip').scope).toBeUndefined();
  });

  it('leaves "play it again" and a plain request as they were', () => {
    expect(en('play it again').intent).toBe('repeat');
    expect(en("what's the AI news today").scope).toBeUndefined();
    expect(vi('tin AI hôm nay').scope).toBeUndefined();
  });
});

describe('parseCommand: a transport word inside a sentence about something else', () => {
  it('is no command when more than a few other words stand around it', () => {
    expect(vi('cuộc thi chạy sẽ kết thúc vào lúc năm giờ chiều mai').intent).toBe('none');
    expect(vi('thôi dừng lại đi bạn ơi').intent).toBe('stop');
    expect(vi('dừng lại ngay cho tôi nhé').intent).toBe('stop');
    expect(vi('làm ơn kết thúc bản tin ở đây').intent).toBe('stop');
    expect(en('please stop reading the news now thanks').intent).toBe('stop');
  });
});
