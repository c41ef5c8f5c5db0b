// The microphone's one owner between Talk and Hands-free: a Talk session interrupts speech, borrows the microphone
// from Hands-free where only one capture may hold it, turns the transcript into a command for the router, and resumes
// the briefing after; Hands-free's speech onsets start a session (never the app's own voice), its snaps and claps
// steer a briefing in progress.
import type * as UnderstandingModule from '../domain/command/command-model';
import { dayKeyOf } from '../domain/day';
import { isPausedByUser } from '../domain/player/machine';
import type { HandsFreeSignal } from './hands-free-slice';
import { selectStoryInContext } from './story-questions';
import type { AppDeps, AppState, CoordinatorCreator } from './types';
import type { StoreApi } from 'zustand/vanilla';

/** Listening starts on speech only this long after the app last spoke (its own voice must not start a session). */
export const ECHO_GUARD_MS = 1200;

/** The grammar and the learned model are only needed once someone talks: one chunk of their own, loaded when Talk is pressed. */
let understanding: Promise<typeof UnderstandingModule> | null = null;
const loadUnderstanding = () => (understanding ??= import('../domain/command/command-model'));

/** What a session Hands-free starts at a speech onset hears of the audio before it (the onset is found a little late). */
export const ONSET_PREROLL_MS = 800;

export interface MicrophoneActions {
  /** Starts listening (interrupting speech), or stops a session in progress. */
  talk(): void;
  /** Starts listening because Hands-free heard speech begin: the on-device ear also hears the moments before. */
  talkAtOnset(): void;
}

export const createMicrophone: CoordinatorCreator<MicrophoneActions> = (get, deps) => {
  const start = (prerollMs: number) => {
    const s = get();
    if (s.stopListening() || !s.canListen(s.lang)) return;
    const grammar = loadUnderstanding();
    // Most sessions ask for today's news: read it while the person speaks, not after.
    s.prefetchToday();
    // With headphones the microphone cannot hear the app: keep speaking while listening.
    if (!s.headphones) s.dispatch({ type: 'LISTEN_START' });
    // On phones Hands-free's microphone would starve the browser's recognizer: it lets go for the session. The app's own
    // ear listens to Hands-free's capture itself, so the microphone stays where it is.
    const onDevice = s.hearsOnDevice(s.lang);
    if (!onDevice) s.lendMicrophone(true);
    const { handsFree } = get();
    // The command may take a moment (reading stories); the briefing resumes only after it has acted.
    let work: Promise<void> = Promise.resolve();
    const handlers = {
      onFinal: (alternatives: string[]) => {
        // Most commands speak at once: what follows the store (the screen, the lock screen, History) waits for that
        // first sound, not only from speak() on (the listening screen ending, "You said", took the CPU just before it).
        const release = deps.synth.hold();
        work = grammar.then(({ understandAlternatives }) => {
          const today = dayKeyOf(deps.env.now(), deps.env.timeZone());
          const storyInContext = selectStoryInContext(get()) !== null;
          const { command, transcript } = understandAlternatives(alternatives, { lang: get().lang, today, storyInContext });
          // Act first, show what was heard while the command works: the display must not delay the answer.
          const acting = get().runCommand(command);
          get().showUnderstood(transcript, command);
          return acting;
        });
        void work.then(release, release);
      },
      onEnd: () => {
        if (!onDevice) get().lendMicrophone(false);
        void work.catch(() => undefined).then(() => get().dispatch({ type: 'LISTEN_END' }));
      },
    };
    s.listen(s.lang, handsFree.status === 'listening' ? handsFree.meter : null, handlers, { prerollMs });
  };
  return { talk: () => start(0), talkAtOnset: () => start(ONSET_PREROLL_MS) };
};

/** Hands-free's signals become sessions and transport; the app's own voice is told apart by when it last spoke. */
export function connectMicrophone(store: StoreApi<AppState>, deps: Pick<AppDeps, 'env'>): void {
  let lastSpokeAt = -Infinity;
  store.subscribe((s, prev) => {
    if (prev.player.status === 'speaking' && s.player.status !== 'speaking') lastSpokeAt = deps.env.elapsed();
  });
  store.getState().onHandsFreeSignal((signal: HandsFreeSignal) => {
    const s = store.getState();
    if (signal.type === 'speech-start') {
      // Without headphones the microphone hears the app: while it speaks (and just after), speech is its own.
      const appAudible = !s.headphones && (s.player.status === 'speaking' || deps.env.elapsed() - lastSpokeAt < ECHO_GUARD_MS);
      if (!s.listening.active && s.listening.supported && !appAudible) s.talkAtOnset();
      return;
    }
    // Sound commands steer a briefing in progress; with nothing playing they do nothing (never start one by surprise).
    if (s.player.status !== 'speaking' && !isPausedByUser(s.player)) return;
    if (signal.command === 'next') s.next();
    else s.togglePause();
  });
}
