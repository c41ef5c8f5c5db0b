// English interface strings.
import type { UiCatalog } from './types';

const dateTime = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });

export const en: UiCatalog = {
  appTagline: 'AI news, by voice',
  languageLabel: 'Language',
  talk: {
    idle: 'Talk',
    listening: 'Listening… (tap to stop)',
    hint: 'Press Talk or the Space key, then say what you want. Keys: K pause, J and L previous and next, R repeat, Esc stop.',
    heard: (t) => `You said: “${t}”`,
    problems: {
      unsupported: 'Voice commands are not available in this browser. The buttons and keys below do everything voice does.',
      denied: 'Microphone access was refused. Allow the microphone in this site’s settings, then press Talk again. The buttons still work.',
      'no-microphone': 'No microphone was found. Connect one and press Talk again. The buttons still work.',
      network: 'Voice commands need a network connection in this browser. The buttons and keys still work.',
      'no-speech': 'I didn’t hear anything. Press Talk and speak after the tone.',
      language: 'This browser cannot recognise speech in this language. Try the other language, or use the buttons.',
      busy: 'The microphone is busy. Try again in a moment.',
      unknown: 'Listening failed. Try again, or use the buttons.',
    },
  },
  transport: {
    label: 'Playback controls',
    play: 'Play today’s briefing',
    previous: 'Previous story',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next story',
    repeat: 'Repeat',
    stop: 'Stop',
  },
  status: {
    idle: 'Ready',
    speaking: 'Speaking',
    paused: 'Paused',
    listeningPaused: 'Listening',
    finished: 'Briefing finished',
    silent: 'This browser cannot speak; captions show the briefing instead.',
    failures: {
      'not-allowed': 'The browser wants a tap before Earshot may speak. Press Resume.',
      'no-voice': 'No voice on this device can read this language. Choose a voice in Settings, then press Resume.',
      busy: 'Another app is using the speaker. Press Resume to try again.',
      engine: 'The speech engine failed. Press Resume to try again.',
      timeout: 'The speech engine stopped answering. Press Resume to try again.',
    },
  },
  nowPlaying: {
    heading: 'Now playing',
    position: (i, n) => `${i} of ${n}`,
    nothing: 'Nothing is playing yet.',
    intro: 'Introduction',
    outro: 'End of briefing',
    openSource: 'Read at the source',
    rate: (rate) => `Speed ${rate}×`,
    also: (sources) => `Also reported by ${sources.join(', ')}`,
  },
  library: {
    heading: 'Your stories',
    importFeed: 'Import feed',
    importHint: 'A JSON Feed file (.json).',
    count: (n) => (n === 1 ? 'One story on this device.' : `${n.toLocaleString('en-US')} stories on this device.`),
    importing: 'Importing…',
    imported: ({ added, duplicates, skipped, feedTitle }) =>
      [
        added === 0 ? `No new stories from ${feedTitle}` : `Added ${added} ${added === 1 ? 'story' : 'stories'} from ${feedTitle}`,
        duplicates > 0 ? `${duplicates} already here` : '',
        skipped > 0 ? `${skipped} empty ${skipped === 1 ? 'item' : 'items'} skipped` : '',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    failed: {
      'not-json': 'That file is not valid JSON, so nothing was imported.',
      'not-a-feed': 'That file is not a JSON Feed, so nothing was imported.',
      'no-stories': 'That feed has no stories with a title or text, so nothing was imported.',
      'too-large': 'That file is larger than 50 MB, so it was not imported.',
      unreadable: 'That file could not be read. Nothing was imported.',
      quota: 'The device is out of storage space. Nothing from this file was stored; your other stories are safe.',
      storage: 'Stories could not be saved on this device (storage is unavailable). Nothing was changed.',
    },
    storageUnavailable: 'Storage is unavailable in this browser window (private mode?), so stories cannot be kept.',
    dismiss: 'Dismiss',
  },
  options: {
    label: 'Playback options',
    stopAfterStory: 'Stop after this story',
    sleepTimer: 'Sleep timer',
    off: 'Off',
    minutes: (n) => `${n} min`,
    until: (t) => `Stops at ${new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(t)}`,
  },
  settings: {
    heading: 'Settings',
    voiceFor: (language) => `Voice for ${language}`,
    automatic: 'Automatic (best match)',
    test: (language) => `Test the ${language} voice`,
    noVoice: (language) => `This device has no ${language} voice; ${language} stories are read by another voice. To add one:`,
    installHelp: [
      'Windows: Settings → Time & language → Speech → Add voices.',
      'macOS: System Settings → Accessibility → Spoken Content → System voice → Manage Voices.',
      'Android: Settings → Text-to-speech → Google → Install voice data.',
      'iPhone and iPad: Settings → Accessibility → Spoken Content → Voices.',
      'Linux: install speech-dispatcher and espeak-ng (sudo apt install speech-dispatcher espeak-ng), then restart the browser.',
    ],
    headphones: 'I use headphones',
    headphonesHint: 'Listening then does not interrupt speech (the microphone cannot hear Earshot).',
    languages: { en: 'English', vi: 'Vietnamese' },
  },
  firstRun: 'Try: “What’s the AI news today?”',
  formatDateTime: (t) => dateTime.format(t),
};
