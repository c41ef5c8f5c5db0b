import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeSpeechEngine, type FakeVoice } from '../../../tests/fakes/fake-speech-engine';
import { gestureAloneUnlocks } from '../system/gesture-unlock';
import { createWebSynthesizer, pickVoice, HOLD_MS, START_WAIT_MS, type SpeakHandlers } from './synthesizer';

const voice = (name: string, lang: string, extra: Partial<FakeVoice> = {}): FakeVoice => ({ name, lang, localService: false, default: false, voiceURI: name, ...extra });
const VOICES = [voice('English US', 'en-US', { default: true }), voice('English GB', 'en-GB', { localService: true }), voice('Vietnamese', 'vi-VN'), voice('Vietnamese North', 'vi')];

function recorder() {
  const events: string[] = [];
  const h: SpeakHandlers = {
    onStart: () => events.push('start'),
    onEnd: () => events.push('end'),
    onError: (f) => events.push(`error:${f}`),
  };
  return { events, h };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pickVoice', () => {
  it('prefers the person’s choice, then the exact region, then the language; local voices when offline', () => {
    expect(pickVoice(VOICES, 'en')?.name).toBe('English US');
    expect(pickVoice(VOICES, 'en', false, 'English GB')?.name).toBe('English GB');
    expect(pickVoice(VOICES, 'en', false, 'Vietnamese')?.name).toBe('English US');
    expect(pickVoice(VOICES, 'vi')?.name).toBe('Vietnamese');
    // Offline, a local voice wins among voices of the same fit; the exact region still comes first.
    expect(pickVoice([VOICES[0], VOICES[1]], 'en', true)?.name).toBe('English US');
    expect(pickVoice([voice('A', 'en-AU', { localService: true }), voice('B', 'en-CA')], 'en', true)?.name).toBe('A');
    expect(pickVoice(VOICES, 'fr')).toBeNull();
  });
});

describe('the web synthesizer against an engine with real pitfalls', () => {
  it('speaks with lang alone while the voice list is empty, then with a matching voice once voices arrive', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'Xin chào.', lang: 'vi', rate: 1 }, h);
    await vi.runAllTimersAsync();
    expect(engine.spoken[0]).toEqual({ text: 'Xin chào.', lang: 'vi-VN', voice: null, rate: 1 });
    expect(events).toEqual(['start', 'end']);
    const ready = synth.ready(3000);
    engine.loadVoices();
    await ready;
    synth.speak({ text: 'Xin chào.', lang: 'vi', rate: 1 }, h);
    await vi.runAllTimersAsync();
    expect(engine.spoken[1].voice).toBe('Vietnamese');
  });

  it('ready() gives up after the timeout when the list stays empty (Linux without voices)', async () => {
    const synth = createWebSynthesizer(createFakeSpeechEngine([]).window as never);
    let done = false;
    void synth.ready(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('ends an utterance whose end never comes (watchdog) as spoken, and counts it', async () => {
    const engine = createFakeSpeechEngine(VOICES, { loseEnd: true });
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'A sentence whose end event is lost.', lang: 'en', rate: 1 }, h);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events).toEqual(['start', 'end']);
    expect(synth.watchdogEndings()).toBe(1);
    expect(engine.calls.cancel).toBe(1);
  });

  it('reports a stuck engine (not even `start`) as a timeout', async () => {
    const engine = createFakeSpeechEngine(VOICES, { stuck: true });
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'Nothing will happen.', lang: 'en', rate: 1 }, h);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events).toEqual(['error:timeout']);
    expect(synth.watchdogEndings()).toBe(1);
  });

  it('never reports its own cancel as an error', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'Long enough to be cut off in the middle.', lang: 'en', rate: 1 }, h);
    await vi.advanceTimersByTimeAsync(20);
    synth.cancel();
    await vi.runAllTimersAsync();
    expect(events).toEqual(['start']);
  });

  it('retries once with another voice when a voice fails, then reports', async () => {
    const engine = createFakeSpeechEngine(VOICES, { failVoices: { 'English US': 'synthesis-failed' } });
    engine.loadVoices();
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'Hello.', lang: 'en', rate: 1 }, h);
    await vi.runAllTimersAsync();
    expect(engine.spoken.map((s) => s.voice)).toEqual(['English US', 'English GB']);
    expect(events).toEqual(['start', 'end']);

    const broken = createFakeSpeechEngine(VOICES, { failAll: 'audio-busy' });
    broken.loadVoices();
    const failing = createWebSynthesizer(broken.window as never);
    const r = recorder();
    failing.speak({ text: 'Hello.', lang: 'en', rate: 1 }, r.h);
    await vi.runAllTimersAsync();
    expect(broken.spoken).toHaveLength(2);
    expect(r.events).toEqual(['error:busy']);
  });

  it('reads the rate at each utterance (the engine ignores rate changes mid-utterance)', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const { h } = recorder();
    synth.speak({ text: 'One.', lang: 'en', rate: 1 }, h);
    await vi.runAllTimersAsync();
    synth.speak({ text: 'Two.', lang: 'en', rate: 1.5 }, h);
    await vi.runAllTimersAsync();
    expect(engine.spoken.map((s) => s.rate)).toEqual([1, 1.5]);
  });

  it('uses the chosen voice per language, and unlocks speech with one silent utterance', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    engine.loadVoices();
    const synth = createWebSynthesizer(engine.window as never);
    synth.setPreferredVoices({ vi: 'Vietnamese North' });
    synth.speak({ text: 'Chào.', lang: 'vi', rate: 1 }, recorder().h);
    await vi.runAllTimersAsync();
    expect(engine.spoken[0].voice).toBe('Vietnamese North');
    synth.unlock();
    synth.unlock();
    await vi.runAllTimersAsync();
    expect(engine.spoken.filter((s) => s.text === ' ')).toHaveLength(1);
  });

  it('unlocks with a silent utterance only where the gesture alone is not enough, and never over speech under way', async () => {
    // Chromium (navigator.userAgentData) speaks after any gesture: a silent utterance would only delay the first sentence.
    expect(gestureAloneUnlocks({ userAgentData: { mobile: false } })).toBe(true);
    expect(gestureAloneUnlocks({ userAgent: 'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Safari/604.1' })).toBe(false);
    const chromium = createFakeSpeechEngine(VOICES);
    const inChromium = createWebSynthesizer({ ...chromium.window, navigator: { onLine: true, userAgentData: { mobile: false } } } as never);
    inChromium.unlock();
    inChromium.speak({ text: 'Good evening.', lang: 'en', rate: 1 }, recorder().h);
    await vi.runAllTimersAsync();
    expect(chromium.spoken.map((s) => s.text)).toEqual(['Good evening.']);

    // Elsewhere, speech already under way needs no unlocking, and the silent utterance would wait behind it.
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const { events, h } = recorder();
    synth.speak({ text: 'Already speaking.', lang: 'en', rate: 1 }, h);
    await vi.advanceTimersByTimeAsync(20);
    synth.unlock();
    await vi.runAllTimersAsync();
    synth.unlock();
    expect(engine.spoken.map((s) => s.text)).toEqual(['Already speaking.']);
    expect(events).toEqual(['start', 'end']);
  });

  it('runs work that can wait once the utterance handed to the engine has started, after its start event', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const ran: string[] = [];
    synth.afterStart(() => ran.push('nothing waiting: at once'));
    const { events, h } = recorder();
    synth.speak({ text: 'Good evening.', lang: 'en', rate: 1 }, { ...h, onStart: () => events.push(`start, ran ${ran.length}`) });
    synth.afterStart(() => ran.push('after start'));
    expect(ran).toEqual(['nothing waiting: at once']);
    await vi.advanceTimersByTimeAsync(5);
    expect(events).toEqual(['start, ran 1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['nothing waiting: at once', 'after start']);

    // A cancel ends the wait; a stuck engine, START_WAIT_MS.
    synth.speak({ text: 'Cut off.', lang: 'en', rate: 1 }, recorder().h);
    synth.afterStart(() => ran.push('after cancel'));
    synth.cancel();
    await vi.advanceTimersByTimeAsync(1);
    expect(ran.at(-1)).toBe('after cancel');
    const stuck = createWebSynthesizer(createFakeSpeechEngine(VOICES, { stuck: true }).window as never);
    stuck.speak({ text: 'Nothing will happen.', lang: 'en', rate: 1 }, recorder().h);
    stuck.afterStart(() => ran.push('stuck'));
    await vi.advanceTimersByTimeAsync(START_WAIT_MS - 1);
    expect(ran.at(-1)).toBe('after cancel');
    await vi.advanceTimersByTimeAsync(2);
    expect(ran.at(-1)).toBe('stuck');
  });

  it('holds work that can wait from before anything is spoken, until the first sound or the release', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const ran: string[] = [];
    // A command is acted on: the screen waits, through speak(), until the sentence has started.
    const release = synth.hold();
    synth.afterStart(() => ran.push('screen'));
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual([]);
    const { events, h } = recorder();
    synth.speak({ text: 'Good evening.', lang: 'en', rate: 1 }, { ...h, onStart: () => events.push(`start, ran ${ran.length}`) });
    release();
    await vi.advanceTimersByTimeAsync(5);
    expect(events).toEqual(['start, ran 0']);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['screen']);

    // A command that says nothing ("pause"): the release lets the screen follow; releasing twice counts once.
    const quiet = synth.hold();
    const other = synth.hold();
    synth.afterStart(() => ran.push('paused'));
    quiet();
    quiet();
    await vi.advanceTimersByTimeAsync(1);
    expect(ran.at(-1)).toBe('screen');
    other();
    await vi.advanceTimersByTimeAsync(1);
    expect(ran.at(-1)).toBe('paused');

    // A command that takes long (a first briefing loading its code) holds at most HOLD_MS.
    synth.hold();
    synth.afterStart(() => ran.push('slow'));
    await vi.advanceTimersByTimeAsync(HOLD_MS - 1);
    expect(ran.at(-1)).toBe('paused');
    await vi.advanceTimersByTimeAsync(2);
    expect(ran.at(-1)).toBe('slow');
  });

  it('never hands blank text to the engine, which would wedge it', async () => {
    const engine = createFakeSpeechEngine(VOICES);
    const synth = createWebSynthesizer(engine.window as never);
    const blank = recorder();
    synth.unlock();
    synth.speak({ text: '  ', lang: 'en', rate: 1 }, blank.h);
    await vi.runAllTimersAsync();
    expect(blank.events).toEqual(['end']);
    const after = recorder();
    synth.speak({ text: 'Still speaking.', lang: 'en', rate: 1 }, after.h);
    await vi.runAllTimersAsync();
    expect(after.events).toEqual(['start', 'end']);
    expect(engine.spoken.map((s) => s.text)).toEqual([' ', 'Still speaking.']);
  });
});
