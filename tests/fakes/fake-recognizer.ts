// A recognizer the test speaks through: say() delivers a final transcript and ends the session, like the real one.
import type { ListenHandlers, LocalRecognition, Recognizer, RecognitionProblem } from '../../src/platform/speech/recognizer';

export interface FakeRecognizer extends Recognizer {
  /** Language of each session started. */
  readonly sessions: string[];
  /** Whether each session asked for on-device recognition. */
  readonly localSessions: boolean[];
  /** How much audio from before it each session asked for (ms). */
  readonly prerolls: number[];
  /** What on-device recognition the fake browser offers (installLocal makes 'downloadable' 'available'). */
  local: LocalRecognition;
  isListening(): boolean;
  interim(text: string): void;
  /** The recognizer starts or stops hearing speech. */
  speech(speaking: boolean): void;
  /** Delivers a final result (one or more alternatives) and ends the session. */
  say(...alternatives: string[]): void;
  /** Fails the session with a problem and ends it. */
  fail(problem: RecognitionProblem): void;
}

export function createFakeRecognizer(supported = true): FakeRecognizer {
  let handlers: ListenHandlers | null = null;
  const finish = () => {
    const h = handlers;
    handlers = null;
    h?.onEnd();
  };
  const need = () => {
    if (!handlers) throw new Error('fake recognizer: nobody is listening (press Talk first)');
    return handlers;
  };
  const fake: FakeRecognizer = {
    supported,
    sessions: [],
    localSessions: [],
    prerolls: [],
    local: 'unavailable',
    localAvailability: async () => fake.local,
    async installLocal() {
      if (fake.local === 'downloadable') fake.local = 'available';
      return fake.local === 'available';
    },
    listen(lang, h, options = {}) {
      fake.sessions.push(lang);
      fake.localSessions.push(options.local === true);
      fake.prerolls.push(options.prerollMs ?? 0);
      handlers = h;
      return { stop: finish, abort: finish };
    },
    isListening: () => handlers !== null,
    interim: (text) => need().onInterim(text),
    speech: (speaking) => need().onSpeech?.(speaking),
    say(...alternatives) {
      need().onFinal(alternatives);
      finish();
    },
    fail(problem) {
      need().onError(problem);
      finish();
    },
  };
  return fake;
}
