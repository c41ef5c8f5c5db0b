// A briefing says first when some of its stories are in a language this device has no voice for, once per device and
// language (the story is then read by whatever voice the engine picks for that language, or silently captioned).
import { isLang, type Lang, type Story } from '../types';
import { SPOKEN } from './messages';

export interface VoiceList {
  /** The voices the engine lists (their BCP 47 tags). */
  voices: readonly { lang: string }[];
  /** The engine has finished listing them. */
  loaded: boolean;
  /** Languages already mentioned on this device. */
  noted: readonly Lang[];
}

/** Languages of these stories with no voice on this device, not yet mentioned. */
export function missingVoices(stories: readonly Pick<Story, 'lang'>[], { voices, loaded, noted }: VoiceList): Lang[] {
  // An empty list says nothing (Linux lists none, yet speaks by language): only a list without the language does.
  if (!loaded || voices.length === 0) return [];
  const langs = new Set(stories.map((s) => s.lang).filter(isLang));
  const primary = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0];
  return [...langs].filter((l) => !noted.includes(l) && !voices.some((v) => primary(v.lang) === l));
}

/** What the briefing says first about those languages, in the interface language. */
export function voiceNotes(missing: readonly Lang[], lang: Lang): string[] {
  const say = SPOKEN[lang];
  return missing.map((l) => say.noVoiceFor({ language: say.languageName(l) }));
}
