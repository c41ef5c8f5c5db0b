// Settings: interface and voice language, speaking rate, voices, headphones. Persisted by the root store.
import { SPOKEN } from '../domain/briefing/messages';
import type { SettingsSlice, SliceCreator } from './types';

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, deps) => {
  const { synth } = deps;
  const refreshVoices = () => set({ voices: synth.voices() });
  synth.onVoicesChanged(refreshVoices);
  void synth.ready().then(() => set({ voices: synth.voices(), voicesLoaded: true }));

  return {
    lang: deps.env.languageFromUrl() ?? deps.env.browserLanguage(),
    rate: 1,
    voiceByLang: {},
    headphones: false,
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
    testVoice(lang) {
      get().dispatch({ type: 'SAY', sentences: [SPOKEN[lang].voiceSample()], lang });
    },
  };
};
