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
    expect(en("What's the AI news today?")).toEqual({ intent: 'brief', topic: null, from: TODAY, to: TODAY });
    expect(en('play yesterday’s headlines')).toEqual({ intent: 'brief', topic: null, from: '2026-11-27', to: '2026-11-27' });
    expect(en('news from the day before yesterday')).toMatchObject({ intent: 'brief', from: '2026-11-26', to: '2026-11-26' });
    expect(en('what happened this morning')).toMatchObject({ intent: 'brief', from: TODAY });
    expect(en('catch me up')).toEqual({ intent: 'brief', topic: null, from: null, to: null });
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
    expect(vi('tin AI hôm nay')).toEqual({ intent: 'brief', topic: null, from: TODAY, to: TODAY });
    expect(vi('tin ai hom nay')).toEqual({ intent: 'brief', topic: null, from: TODAY, to: TODAY });
    expect(vi('bản tin hôm qua nhé')).toMatchObject({ intent: 'brief', from: '2026-11-27', to: '2026-11-27' });
    expect(vi('đọc tin tức hôm kia')).toMatchObject({ intent: 'brief', from: '2026-11-26' });
    expect(vi('có gì mới')).toMatchObject({ intent: 'brief', from: null });
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
    expect(r).toEqual({ command: { intent: 'next', topic: null, from: null, to: null }, transcript: 'next' });
  });

  it('answers none with the first transcript when nothing parses', () => {
    expect(parseAlternatives(['blue whale', 'blew whale'], { lang: 'en', today: TODAY })).toEqual({
      command: { intent: 'none', topic: null, from: null, to: null },
      transcript: 'blue whale',
    });
  });
});
