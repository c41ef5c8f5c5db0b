// `npm run eval`: real snap and clap recordings (../shared/eval/sounds) through YAMNet as the app runs it, and the event
// logic on sequences built from them: a check that the sox-made test sounds did not drift from what real hands do.

// The snaps are Sonic Pi/freesound samples (CC0); the clap clip is ESC-50's (CC BY-NC 3.0).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOUND_RULES } from '../../src/domain/sound/rules';
import { createSoundEvents } from '../../src/domain/sound/sound-events';
import { sequence } from '../../tests/sound-fixtures';
import { readWav16k } from '../../tests/support/wav';
import { loadNodeClassifier, runPipeline } from '../../tests/support/yamnet-node';
import { findData, shown } from './data-root';
import type { EvalResult, Measure } from './report';

const SNAP = 'finger_snap_sonicpi_perc_snap.wav';
const SNAP2 = 'finger_snap_sonicpi_perc_snap2.wav';
const CLAPS = 'clapping_esc50_2-76408-D-22.wav';

/** The class each file is, and its maximum score as the folder's README gives it (0.975 s windows, no overlap). */
const README_SCORES: { file: string; cls: 'Finger snapping' | 'Clapping'; other: 'Finger snapping' | 'Clapping'; score: number }[] = [
  { file: SNAP, cls: 'Finger snapping', other: 'Clapping', score: 0.891 },
  { file: SNAP2, cls: 'Finger snapping', other: 'Clapping', score: 0.668 },
  { file: CLAPS, cls: 'Clapping', other: 'Finger snapping', score: 0.852 },
];
/** How far a score may move from the README's before it counts as drift (MediaPipe or model changed). */
const DRIFT = 0.05;

type Classifier = Awaited<ReturnType<typeof loadNodeClassifier>>;

/** Highest score of each class over the file's windows, as MediaPipe cuts a whole clip (0.975 s, no overlap). */
function maxScores(classifier: Classifier, samples: Float32Array): Record<string, number> {
  const max: Record<string, number> = {};
  for (const result of classifier.classify(samples, 16000)) {
    for (const c of result.classifications[0]?.categories ?? []) max[c.categoryName] = Math.max(max[c.categoryName] ?? 0, c.score);
  }
  return max;
}

function commandsOf(classifier: Classifier, file: string) {
  const events = createSoundEvents(SOUND_RULES);
  return runPipeline(classifier, readWav16k(file)).flatMap((i) => events.feed(i)).flatMap((e) => (e.type === 'command' ? [e] : []));
}

export async function evalRecordings(): Promise<EvalResult> {
  const title = 'Sounds: real snap and clap recordings (YAMNet and the event logic)';
  const root = findData('sounds');
  if (root.path === null) return { title, skipped: root.missing, measures: [] };
  const missing = [SNAP, SNAP2, CLAPS].find((f) => !existsSync(join(root.path, f)));
  if (missing) return { title, skipped: `${shown(join(root.path, missing))} not found`, measures: [] };
  const at = (f: string) => join(root.path, f);

  const classifier = await loadNodeClassifier();
  const work = mkdtempSync(join(tmpdir(), 'earshot-eval-sounds-'));
  try {
    const measures: Measure[] = README_SCORES.map(({ file, cls, other, score }) => {
      const max = maxScores(classifier, readWav16k(at(file)));
      const got = Math.round((max[cls] ?? 0) * 1000) / 1000;
      const ok = got >= SOUND_RULES.snap.min && got > (max[other] ?? 0) && Math.abs(got - score) <= DRIFT;
      return { name: `${file}: max ${cls} (${other} ${(max[other] ?? 0).toFixed(3)})`, value: got.toFixed(3), floor: `≥ 0.30, README ${score.toFixed(3)} ± ${DRIFT}`, ok };
    });

    // The sequences the hands-free tests were built on before their sounds were made with sox.
    const snapsFile = join(work, 'snap-commands.wav');
    const s = sequence(snapsFile, [3, at(SNAP), 0.35, at(SNAP), 4, at(SNAP), 0.4, at(SNAP2), 4, at(SNAP), 0.3, at(SNAP), 0.3, at(SNAP), 3], work);
    const lastSnaps = [s[3], s[7], s[13]];
    const snapCommands = commandsOf(classifier, snapsFile);
    const expected = ['toggle', 'toggle', 'next'];
    const right = expected.filter((cmd, i) => snapCommands[i]?.command === cmd && snapCommands[i].by === 'snaps' && Math.abs(snapCommands[i].at - lastSnaps[i]) < 0.05).length;
    const extra = Math.max(0, snapCommands.length - expected.length);
    measures.push({
      name: 'two snaps, two, three → toggle, toggle, next, each at its last snap',
      value: `${right} of 3${extra ? `, and ${extra} more` : ''}`,
      floor: 'all',
      ok: right === 3 && extra === 0,
    });
    const clapsFile = join(work, 'claps.wav');
    sequence(clapsFile, [2, at(CLAPS), 3], work);
    const clapCommands = commandsOf(classifier, clapsFile);
    measures.push({
      name: 'a five-second clap run → one toggle',
      value: clapCommands.map((c) => `${c.command} by ${c.by}`).join(', ') || 'none',
      floor: 'toggle by claps',
      ok: clapCommands.length === 1 && clapCommands[0].command === 'toggle' && clapCommands[0].by === 'claps',
    });
    const said = (cs: typeof snapCommands) => cs.map((c) => `${c.command} by ${c.by} at ${c.at.toFixed(2)} s`).join(', ') || 'nothing';
    return { title, measures, notes: [`snap sequence (last snaps at ${lastSnaps.map((t) => t.toFixed(2)).join(', ')} s): ${said(snapCommands)}`, `clap sequence: ${said(clapCommands)}`] };
  } finally {
    classifier.close();
    rmSync(work, { recursive: true, force: true });
  }
}
