// Listening: one recognition session per Talk press; the transcript becomes a command for the player.
import type * as ParseModule from '../domain/command/parse-command';
import { dayKeyOf } from '../domain/day';
import { speechTag } from '../domain/types';
import { SILENCE_DB } from '../domain/sound/level';
import type { ListenSession } from '../platform/speech/recognizer';
import { createLevelMeter } from './level-meter';
import type { ListeningSlice, SliceCreator } from './types';

/** The grammar is only needed once someone talks: it loads as its own chunk, starting when Talk is pressed. */
let parser: Promise<typeof ParseModule> | null = null;
const loadParser = () => (parser ??= import('../domain/command/parse-command'));

/** The Talk level moves only by this many decibels (each move redraws the bar, nothing else). */
const LEVEL_STEP_DB = 2;

export const createListeningSlice: SliceCreator<ListeningSlice> = (set, get, deps) => {
  let session: ListenSession | null = null;
  const patch = (p: Partial<ListeningSlice['listening']>) => set((s) => ({ listening: { ...s.listening, ...p } }));
  const meter = createLevelMeter(LEVEL_STEP_DB);
  const show = (db: number) => void meter.move(db);

  /**
   * The level while listening: Hands-free's, when it already holds the microphone; else a level stream of its own
   * (where the platform allows a second one). Returns how to stop it.
   */
  const startLevel = (): (() => void) => {
    const handsFree = get().handsFree;
    if (handsFree.status === 'listening') {
      patch({ metered: true });
      show(handsFree.meter.db);
      return handsFree.meter.subscribe(show);
    }
    if (!deps.micLevel.supported) return () => {};
    let stopped = false;
    let level: { close(): void } | null = null;
    void deps.micLevel.open(show).then((opened) => {
      if (stopped) opened?.close();
      else if (opened) {
        level = opened;
        patch({ metered: true });
      }
    });
    return () => {
      stopped = true;
      level?.close();
    };
  };

  return {
    listening: {
      active: false,
      supported: deps.recognizer.supported,
      interim: '',
      heard: null,
      hearing: false,
      meter,
      metered: false,
      understood: null,
      problem: deps.recognizer.supported ? null : 'unsupported',
      local: null,
    },

    async checkLocalRecognition() {
      const local = await deps.recognizer.localAvailability(speechTag(get().lang)).catch(() => 'unavailable' as const);
      patch({ local });
    },

    async installLocalRecognition() {
      patch({ local: 'downloading' });
      await deps.recognizer.installLocal(speechTag(get().lang)).catch(() => false);
      await get().checkLocalRecognition();
    },

    talk() {
      if (session) {
        session.stop();
        return;
      }
      if (!deps.recognizer.supported) {
        patch({ problem: 'unsupported' });
        return;
      }
      const local = get().listening.local === 'available';
      // Offline, the browser's server-side recognizer cannot work: say so at once instead of failing after a wait.
      if (!local && !deps.env.online()) {
        patch({ problem: 'offline' });
        return;
      }
      const grammar = loadParser();
      // Most sessions ask for today's news: read it while the person speaks, not after.
      get().prefetchToday();
      // With headphones the microphone cannot hear the app: keep speaking while listening.
      if (!get().headphones) get().dispatch({ type: 'LISTEN_START' });
      patch({ active: true, interim: '', problem: null, hearing: false, metered: false });
      // On phones Hands-free's microphone would starve the recognizer: it lets go for the session.
      get().lendMicrophone(true);
      // The command may take a moment (reading stories); the briefing resumes only after it has acted.
      let work: Promise<void> = Promise.resolve();
      let ended = false;
      let stopLevel = () => {};
      const started = deps.recognizer.listen(speechTag(get().lang), {
        onInterim: (interim) => patch({ interim }),
        onFinal: (alternatives) => {
          work = grammar.then(({ parseAlternatives }) => {
            const today = dayKeyOf(deps.env.now(), deps.env.timeZone());
            const { command, transcript } = parseAlternatives(alternatives, { lang: get().lang, today });
            // Act first, show what was heard while the command works: the display must not delay the answer.
            const acting = get().runCommand(command);
            patch({ heard: transcript, interim: '', understood: command });
            return acting;
          });
        },
        onError: (problem) => patch({ problem }),
        onSpeech: (hearing) => patch({ hearing }),
        onEnd: () => {
          ended = true;
          session = null;
          stopLevel();
          meter.set(SILENCE_DB);
          patch({ active: false, interim: '', hearing: false, metered: false });
          get().lendMicrophone(false);
          void work.catch(() => undefined).then(() => get().dispatch({ type: 'LISTEN_END' }));
        },
      }, { local });
      // A session the engine ended at once (start() threw) is over: nothing to stop later, no level to open.
      if (!ended) {
        session = started;
        stopLevel = startLevel();
      }
    },
  };
};
