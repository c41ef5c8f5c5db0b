// The sound-command table: which YAMNet classes mean what, and every threshold and time window, as data.

/** YAMNet's input: 0.975 s of 16 kHz mono audio per window. */
export const SAMPLE_RATE = 16_000;
export const WINDOW_SAMPLES = 15_600;

export interface SoundRules {
  /** A new window is classified every this many samples (8,000 = 0.5 s, so windows overlap by half). */
  hopSamples: number;
  /** YAMNet class names (as its metadata spells them) for each thing Earshot listens for. */
  classes: { speech: string; snap: string; clap: string };
  speech: {
    /** One window at least this sure of speech starts listening... */
    strong: number;
    /** ...or two windows in a row at least this sure. */
    likely: number;
    /** Listening can start again only after a window below this (the person stopped talking). */
    quiet: number;
  };
  /** A sharp rise in loudness, measured in 10 ms frames: how a snap or clap is timed and counted. */
  onset: { frameSamples: number; riseDb: number; minDb: number; holdSeconds: number };
  snap: {
    /** A sharp sound is a snap when a window holding it scores at least this for finger snapping (and more than clapping). */
    min: number;
    /** Two snaps at most this far apart toggle pause; a third as close after the second moves to the next story. */
    within: number;
    /** After two snaps, how long to wait for a third before acting on the two. */
    thirdWait: number;
  };
  clap: {
    min: number;
    /** This many claps, each at most `gap` seconds after the last, is a run: it toggles pause once. */
    count: number;
    gap: number;
  };
  /** After a sound command, sounds are ignored this long (a long clapping run acts once). */
  refractory: number;
}

export const SOUND_RULES: SoundRules = {
  hopSamples: 8_000,
  classes: { speech: 'Speech', snap: 'Finger snapping', clap: 'Clapping' },
  speech: { strong: 0.7, likely: 0.45, quiet: 0.2 },
  onset: { frameSamples: 160, riseDb: 14, minDb: -45, holdSeconds: 0.12 },
  snap: { min: 0.3, within: 1.5, thirdWait: 0.8 },
  clap: { min: 0.3, count: 3, gap: 1.0 },
  refractory: 1.0,
};
