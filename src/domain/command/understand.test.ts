import { describe, expect, it } from 'vitest';
import { decide, type Policy, type Said } from './understand';

const LABELS = ['brief', 'next', 'stop', 'x:weather_query', 'x:play_music'];
const POLICY: Policy = {
  vetoCommand: 0.8,
  vetoBrief: 0.7,
  vetoStrongBrief: 0.95,
  vetoCommandWords: 3,
  rescueBrief: 0.6,
  rescueCommand: 0.9,
  notOursWords: 3,
  topicFrom: 'grammar',
};
const said = (grammar: Said['grammar'], words = 4, strongCue = false): Said => ({ grammar, words, strongCue });
/** Probabilities: brief, next, stop, and the rest split over the two other assistants' kinds. */
const p = (brief: number, next = 0, stop = 0) => {
  const other = (1 - brief - next - stop) / 2;
  return [brief, next, stop, other, other];
};

describe('how the grammar and the model are combined', () => {
  it('keeps the grammar’s request for news unless the model is sure it is another assistant’s', () => {
    expect(decide(said('brief'), p(0.5), LABELS, POLICY)).toEqual({ take: 'briefing', rescued: false });
    expect(decide(said('brief'), p(0.2), LABELS, POLICY)).toEqual({ take: 'none', notOurs: true });
    // A strong news cue needs a surer model to be dropped.
    expect(decide(said('brief', 4, true), p(0.2), LABELS, POLICY)).toEqual({ take: 'briefing', rescued: false });
  });

  it('never drops a short command ("next one", "im lặng"); a longer one only when the model is sure', () => {
    expect(decide(said('next', 2), p(0, 0.01), LABELS, POLICY)).toEqual({ take: 'grammar' });
    expect(decide(said('next', 4), p(0, 0.1), LABELS, POLICY)).toEqual({ take: 'none', notOurs: true });
    expect(decide(said('next', 4), p(0, 0.5), LABELS, POLICY)).toEqual({ take: 'grammar' });
    // Silencing is never overruled: "please stop talking now" works even when the model thinks it is a music request.
    expect(decide(said('stop', 4), p(0, 0, 0.05), LABELS, POLICY)).toEqual({ take: 'grammar' });
    // An intent the model never learned is not the model's to overrule: "turn on the suggested sources" is not a light.
    expect(decide(said('starter', 5), p(0), LABELS, POLICY)).toEqual({ take: 'grammar' });
  });

  it('where the grammar found nothing, the model may find a request for news or one of our commands', () => {
    expect(decide(said('none'), p(0.7), LABELS, POLICY)).toEqual({ take: 'briefing', rescued: true });
    expect(decide(said('none'), p(0.5), LABELS, POLICY)).toEqual({ take: 'none', notOurs: false });
    expect(decide(said('none'), p(0, 0.95), LABELS, POLICY)).toEqual({ take: 'command', intent: 'next' });
    expect(decide(said('none'), p(0, 0.85), LABELS, POLICY)).toEqual({ take: 'none', notOurs: false });
  });

  it('another assistant’s request is said kindly only when it is a request (a few words), not a stray word', () => {
    expect(decide(said('none', 5), p(0.05), LABELS, POLICY)).toEqual({ take: 'none', notOurs: true });
    expect(decide(said('none', 1), p(0.05), LABELS, POLICY)).toEqual({ take: 'none', notOurs: false });
  });
});
