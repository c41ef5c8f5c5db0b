// Settings: interface and voice language, speaking rate. Persisted by the root store.
import type { SettingsSlice, SliceCreator } from './types';

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, _get, deps) => ({
  lang: deps.env.languageFromUrl() ?? deps.env.browserLanguage(),
  rate: 1,
  setLang: (lang) => set({ lang }),
});
