// Playback: runs the pure player machine and performs its effects through the synthesizer port.
import { SPOKEN } from '../domain/briefing/messages';
import { composeBriefing } from '../domain/briefing/compose';
import { dayKeyOf, daysRange } from '../domain/day';
import { initialPlayerState, transition, type PlayerEffect } from '../domain/player/machine';
import type { PlaybackSlice, SliceCreator } from './types';

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get, deps) => {
  function perform(effect: PlayerEffect) {
    if (effect.type === 'cancel') {
      deps.synth.cancel();
      return;
    }
    const { token } = effect;
    deps.synth.speak(
      { text: effect.text, lang: effect.lang, rate: get().rate },
      {
        onStart: () => {},
        onEnd: () => get().dispatch({ type: 'SPOKEN', token }),
        onError: (failure) => get().dispatch({ type: 'SPEECH_FAILED', token, failure }),
      },
    );
  }

  /** Says a short message in the interface language, over whatever is playing. */
  function say(pick: (c: (typeof SPOKEN)['en']) => string) {
    const lang = get().lang;
    get().dispatch({ type: 'SAY', sentences: [pick(SPOKEN[lang])], lang });
  }

  /** A transport event; when it means nothing now (nothing playing), says so instead of staying silent. */
  function transport(type: 'NEXT' | 'PREVIOUS' | 'REPEAT' | 'RESUME') {
    if (!transportHandled(type)) say((c) => c.nothingPlaying());
  }

  function transportHandled(type: 'NEXT' | 'PREVIOUS' | 'REPEAT' | 'RESUME' | 'PAUSE' | 'STOP'): boolean {
    return get().dispatch({ type });
  }

  return {
    player: initialPlayerState,

    dispatch(event) {
      const t = transition(get().player, event);
      if (t.state !== get().player) set({ player: t.state });
      t.effects.forEach(perform);
      return t.handled;
    },

    async playBriefing(range) {
      await get().init();
      const { env, news } = deps;
      const tz = env.timeZone();
      const now = env.now();
      const today = dayKeyOf(now, tz);
      const requested = range ?? { from: today, to: today };
      const span = daysRange(requested.from, requested.to, tz);
      let served: { from: string; to: string } | null = requested;
      let stories = await news.listBetween(span.start, span.end);
      if (stories.length === 0) {
        const latest = await news.latestBefore(span.start);
        served = null;
        if (latest !== null) {
          const day = dayKeyOf(latest, tz);
          const r = daysRange(day, day, tz);
          stories = await news.listBetween(r.start, r.end);
          served = { from: day, to: day };
        }
      }
      const briefing = composeBriefing({ id: `b-${now}`, lang: get().lang, now, today, requested, served, stories });
      get().dispatch({ type: 'START', briefing });
    },

    next: () => transport('NEXT'),
    previous: () => transport('PREVIOUS'),
    repeat: () => transport('REPEAT'),
    resume: () => transport('RESUME'),
    pause: () => void transportHandled('PAUSE'),
    stop: () => void transportHandled('STOP'),
    togglePause() {
      const { status, pausedFor } = get().player;
      if (status === 'paused' && pausedFor === 'user') get().resume();
      else get().pause();
    },

    async runCommand(command) {
      const s = get();
      switch (command.intent) {
        case 'brief':
          return s.playBriefing(command.from && command.to ? { from: command.from, to: command.to } : undefined);
        case 'next':
          return s.next();
        case 'previous':
          return s.previous();
        case 'repeat':
          return s.repeat();
        case 'pause':
          return s.pause();
        case 'resume':
          return s.resume();
        case 'stop':
          return s.stop();
        case 'none':
          return say((c) => c.notUnderstood());
        default:
          return say((c) => c.notYet());
      }
    },
  };
};
