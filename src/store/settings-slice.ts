// Settings: interface and voice language, voices, headphones, the first run's choice, the taste learned. Persisted by the root store (with the speaking rate).
import type * as TasteModule from '../domain/briefing/taste';
import { NO_TASTE, type Taste, type TasteSignal } from '../domain/briefing/taste-value';
import type { Lang, Story } from '../domain/types';
import type { VoiceInfo } from '../platform/speech/synthesizer';
import type { SliceCreator } from './types';

export type StarterChoice = 'ask' | 'on' | 'declined';

export interface SettingsSlice {
  lang: Lang;
  /** The person's voice per language (voice names); absent means the best match. */
  voiceByLang: Partial<Record<Lang, string>>;
  /** "I use headphones": listening does not interrupt speech (no echo to fear). */
  headphones: boolean;
  /**
   * The first run's choice of the suggested AI news sources: not made yet (`ask`), turned on, or declined (the sample
   * edition stays; Sources can still switch them on).
   */
  starterChoice: StarterChoice;
  /** What skips and "tell me more" taught of the person's taste (kept on the device only). */
  taste: Taste;
  /** Languages whose missing voice was already mentioned out loud (said once per device). */
  missingVoiceNoted: Lang[];
  /** The voices the engine lists, and whether it has finished listing them. */
  voices: VoiceInfo[];
  voicesLoaded: boolean;
  setLang(lang: Lang): void;
  setVoice(lang: Lang, name: string | null): void;
  setHeadphones(on: boolean): void;
  setStarterChoice(choice: StarterChoice): void;
  /** Learns from a story skipped, or asked more about (the learning code loads on the first signal). */
  learnTaste(story: Pick<Story, 'title' | 'text' | 'source'>, signal: TasteSignal): Promise<void>;
  /** Forgets everything learned. */
  resetTaste(): void;
  /** Remembers that these languages' missing voices were mentioned. */
  noteMissingVoices(langs: readonly Lang[]): void;
}

/** Learning a taste is needed only once a story is skipped or asked more about: it loads with the briefing code. */
let tasteModule: Promise<typeof TasteModule> | null = null;
const loadTaste = () => (tasteModule ??= import('../domain/briefing/taste'));

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { deps }) => {
  const { synth } = deps;
  synth.onVoicesChanged(() => set({ voices: synth.voices() }));
  void synth.ready().then(() => set({ voices: synth.voices(), voicesLoaded: true }));

  return {
    lang: deps.env.languageFromUrl() ?? deps.env.browserLanguage(),
    voiceByLang: {},
    headphones: false,
    starterChoice: 'ask',
    taste: NO_TASTE,
    missingVoiceNoted: [],
    voices: synth.voices(),
    voicesLoaded: false,
    setLang: (lang) => set({ lang }),
    setVoice(lang, name) {
      const voiceByLang = { ...get().voiceByLang };
      if (name) voiceByLang[lang] = name;
      else delete voiceByLang[lang];
      set({ voiceByLang });
    },
    setHeadphones: (headphones) => set({ headphones }),
    setStarterChoice: (starterChoice) => set({ starterChoice }),
    async learnTaste(story, signal) {
      const { learn } = await loadTaste();
      set({ taste: learn(get().taste, story, signal) });
    },
    resetTaste: () => set({ taste: NO_TASTE }),
    noteMissingVoices(langs) {
      const fresh = langs.filter((l) => !get().missingVoiceNoted.includes(l));
      if (fresh.length > 0) set({ missingVoiceNoted: [...get().missingVoiceNoted, ...fresh] });
    },
  };
};
