// Records what the app's listening pipeline reports for each test sound (YAMNet scores per window, sharp onsets),
// for the event-logic unit tests to replay: `npm run sounds:record` after changing the rules' windows or onsets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOUND_FIXTURES, soundFixture } from '../tests/sound-fixtures';
import { readWav16k } from '../tests/support/wav';
import { loadNodeClassifier, runPipeline } from '../tests/support/yamnet-node';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'sounds', 'scores');
mkdirSync(OUT, { recursive: true });
const classifier = await loadNodeClassifier();
for (const name of SOUND_FIXTURES) {
  const timeline = soundFixture(name);
  const inputs = runPipeline(classifier, readWav16k(timeline.file)).filter((i) => i.type !== 'level');
  const { file: _file, ...rest } = timeline;
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify({ ...rest, inputs })}\n`);
  const windows = inputs.flatMap((i) => (i.type === 'window' ? [i.scores] : []));
  const max = (cls: string) => Math.max(0, ...windows.map((s) => s[cls] ?? 0)).toFixed(3);
  console.log(`${name.padEnd(22)} ${String(windows.length).padStart(4)} windows  max speech ${max('Speech')}  snap ${max('Finger snapping')}  clap ${max('Clapping')}  onsets ${inputs.filter((i) => i.type === 'onset').length}`);
}
classifier.close();
