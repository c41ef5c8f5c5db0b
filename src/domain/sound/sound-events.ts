// From YAMNet windows and sharp onsets to what Earshot acts on: speech starting, double and triple snaps, clap runs.
import { SAMPLE_RATE, WINDOW_SAMPLES, type SoundRules } from './rules';
import type { SoundInput } from './sound-stream';

export type HeardSound = 'speech' | 'snap' | 'clap';

export type SoundEvent =
  /** Something recognised (for the Hands-free panel and its snap test), with the window's score. */
  | { type: 'heard'; sound: HeardSound; score: number; at: number }
  /** The person started talking: listen for a command. */
  | { type: 'speech-start'; score: number; at: number }
  /** Two snaps or a clap run: pause or resume. Three snaps: next story. */
  | { type: 'command'; command: 'toggle' | 'next'; by: 'snaps' | 'claps'; at: number };

interface Onset {
  at: number;
  label: 'snap' | 'clap' | null;
}

const WINDOW_SECONDS = WINDOW_SAMPLES / SAMPLE_RATE;

/**
 * The event logic, fed in time order. Why onsets and windows both: a window is 0.975 s long and says *what* was heard
 * (one score per class), so two snaps 0.4 s apart share a window; the onsets (10 ms frames) say *when* and *how many*.
 * An onset becomes a snap or a clap when a window holding it scores high enough for that class.
 */
export function createSoundEvents(rules: SoundRules) {
  const hop = rules.hopSamples / SAMPLE_RATE;
  const { speech: speechClass, snap: snapClass, clap: clapClass } = rules.classes;
  let now = 0;
  let pending: Onset[] = [];
  let snaps: number[] = [];
  let claps: number[] = [];
  /** The clap run already acted: more claps in the same run do nothing. */
  let clapRunActed = false;
  let quietUntil = -Infinity;
  let speechArmed = true;
  let lastSpeech = 0;

  const labelOnsets = (end: number, snap: number, clap: number, out: SoundEvent[]) => {
    const start = end - WINDOW_SECONDS;
    const label = snap >= rules.snap.min && snap >= clap ? 'snap' : clap >= rules.clap.min && clap > snap ? 'clap' : null;
    if (label) {
      for (const onset of pending) {
        if (onset.label === null && onset.at >= start && onset.at <= end) {
          onset.label = label;
          out.push({ type: 'heard', sound: label, score: label === 'snap' ? snap : clap, at: onset.at });
        }
      }
    }
    // An onset no later window will hold is settled: a snap, a clap, or (unlabelled) nothing we act on.
    const settled = pending.filter((o) => o.label !== null || o.at < end + hop - WINDOW_SECONDS);
    pending = pending.filter((o) => !settled.includes(o));
    for (const o of settled.sort((a, b) => a.at - b.at)) {
      if (o.label === 'snap') snaps.push(o.at);
      if (o.label === 'clap') claps.push(o.at);
    }
  };

  const act = (command: 'toggle' | 'next', by: 'snaps' | 'claps', at: number, out: SoundEvent[]) => {
    out.push({ type: 'command', command, by, at });
    quietUntil = at + rules.refractory;
    snaps = [];
  };

  const decideSnaps = (out: SoundEvent[]) => {
    // Snaps right after a command are its echo or the end of the same gesture.
    snaps = snaps.filter((t) => t >= quietUntil);
    // Only snaps close enough to each other count together.
    while (snaps.length >= 2 && snaps[1] - snaps[0] > rules.snap.within) snaps.shift();
    if (snaps.length >= 3 && snaps[2] - snaps[1] <= rules.snap.thirdWait) return act('next', 'snaps', snaps[2], out);
    if (snaps.length >= 3) snaps = snaps.slice(1);
    if (snaps.length === 2) {
      const second = snaps[1];
      const deadline = second + rules.snap.thirdWait;
      // A sharp sound after the second snap may be a third, still waiting for its window: wait for it.
      const maybeThird = pending.some((o) => o.at > second && o.at <= deadline);
      if (now >= deadline && !maybeThird) act('toggle', 'snaps', second, out);
    } else if (snaps.length === 1 && now > snaps[0] + rules.snap.within) {
      snaps = [];
    }
  };

  const decideClaps = (out: SoundEvent[]) => {
    // Keep the current run: claps each within `gap` of the one before.
    let runStart = claps.length - 1;
    while (runStart > 0 && claps[runStart] - claps[runStart - 1] <= rules.clap.gap) runStart--;
    if (runStart > 0) {
      claps = claps.slice(runStart);
      clapRunActed = false;
    }
    const last = claps[claps.length - 1];
    if (claps.length > 0 && now - last > rules.clap.gap) {
      claps = [];
      clapRunActed = false;
      return;
    }
    if (!clapRunActed && claps.length >= rules.clap.count && last >= quietUntil) {
      clapRunActed = true;
      act('toggle', 'claps', last, out);
    }
  };

  return {
    /** Feeds one report from the pipeline; returns what it means (often nothing). */
    feed(input: SoundInput): SoundEvent[] {
      const out: SoundEvent[] = [];
      if (input.type === 'onset') {
        pending.push({ at: input.at, label: null });
        now = Math.max(now, input.at);
      } else if (input.type === 'level') {
        now = Math.max(now, input.at);
      } else {
        now = Math.max(now, input.end);
        const s = input.scores;
        labelOnsets(input.end, s[snapClass] ?? 0, s[clapClass] ?? 0, out);
        const speech = s[speechClass] ?? 0;
        const sustained = speech >= rules.speech.strong || (speech >= rules.speech.likely && lastSpeech >= rules.speech.likely);
        if (sustained && speechArmed) {
          speechArmed = false;
          out.push({ type: 'heard', sound: 'speech', score: speech, at: input.end }, { type: 'speech-start', score: speech, at: input.end });
        }
        if (speech < rules.speech.quiet) speechArmed = true;
        lastSpeech = speech;
      }
      decideSnaps(out);
      decideClaps(out);
      return out;
    },
  };
}
