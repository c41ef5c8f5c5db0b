// Listening: one recognition session per Talk press; the transcript becomes a command for the player.
import { parseAlternatives } from '../domain/command/parse-command';
import { dayKeyOf } from '../domain/day';
import { speechTag } from '../domain/types';
import type { ListenSession } from '../platform/speech/recognizer';
import type { ListeningSlice, SliceCreator } from './types';

export const createListeningSlice: SliceCreator<ListeningSlice> = (set, get, deps) => {
  let session: ListenSession | null = null;
  const patch = (p: Partial<ListeningSlice['listening']>) => set((s) => ({ listening: { ...s.listening, ...p } }));

  return {
    listening: {
      active: false,
      supported: deps.recognizer.supported,
      interim: '',
      heard: null,
      understood: null,
      problem: deps.recognizer.supported ? null : 'unsupported',
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
      get().dispatch({ type: 'LISTEN_START' });
      patch({ active: true, interim: '', problem: null });
      // The command may take a moment (reading stories); the briefing resumes only after it has acted.
      let work: Promise<void> = Promise.resolve();
      session = deps.recognizer.listen(speechTag(get().lang), {
        onInterim: (interim) => patch({ interim }),
        onFinal: (alternatives) => {
          const today = dayKeyOf(deps.env.now(), deps.env.timeZone());
          const { command, transcript } = parseAlternatives(alternatives, { lang: get().lang, today });
          patch({ heard: transcript, interim: '', understood: command });
          work = get().runCommand(command);
        },
        onError: (problem) => patch({ problem }),
        onEnd: () => {
          session = null;
          patch({ active: false, interim: '' });
          void work.catch(() => undefined).then(() => get().dispatch({ type: 'LISTEN_END' }));
        },
      });
    },
  };
};
