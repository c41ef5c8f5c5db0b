import { describe, expect, it } from 'vitest';
import { plainIdioms } from './phrasal';

const plain = (q: string) => plainIdioms(q.split(' ')).join(' ');

describe('plainIdioms', () => {
  it('says idioms and phrasal verbs with the plain word a story writes', () => {
    expect(plain("who is in charge of water at the council")).toBe('who is head of water at the council');
    expect(plain('when does the ban kick in')).toBe('when does the ban start');
    expect(plain('how long do they hang on to the footage')).toBe('how long do they keep the footage');
    expect(plain('how long do they hold onto the pictures')).toBe('how long do they keep the pictures');
    expect(plain('so when do they switch it on')).toBe('so when do they start');
    expect(plain('how many leaks did the trial turn up')).toBe('how many leaks did the trial find');
    expect(plain('how many sensors are they putting in')).toBe('how many sensors are they install');
    expect(plain('when do they start putting them on the cows')).toBe('when do they start install the cows');
    expect(plain('why did they go for this model')).toBe('why did they choose this model');
    expect(plain('when do they expect to turn a profit')).toBe('when do they expect to profit');
    expect(plain('how much money is cadenza handing over at the start')).toBe('how much money is cadenza pay upfront');
    expect(plain('who took cadenza to court')).toBe('who sue cadenza');
    expect(plain('how small a leak can it pick up')).toBe('how small a leak can it detect');
    expect(plain("what's left out of the deal")).toBe("what's exclude of the deal");
    expect(plain('when does it go on air')).toBe('when does it launch');
    expect(plain('who came up with the ai checker')).toBe('who create the ai checker');
    expect(plain('how many fans have signed up so far')).toBe('how many fans have register so far');
  });

  it('keeps what is looked at again, and drops fillers that ask nothing', () => {
    expect(plain('when will they look at the rule again')).toBe('when will they review the rule');
    expect(plain('who complained in the first place')).toBe('who complained');
  });

  it('leaves the words alone where they are no idiom', () => {
    expect(plain('who turned the company around')).toBe('who turned the company around');
    expect(plain('where did they go')).toBe('where did they go');
  });
});
