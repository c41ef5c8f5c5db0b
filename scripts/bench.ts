// `npm run bench`: every benchmark of the project, each printed as a table against its target.
// Exits 1 when a target is missed or a benchmark cannot run (with the reason).
import { benchParse } from './bench/parse';
import { benchSpeechLatency } from './bench/speech-latency';
import { benchSummarize } from './bench/summarize';

benchParse();
if (!benchSummarize()) process.exitCode = 1;
try {
  if (!(await benchSpeechLatency())) process.exitCode = 1;
} catch (e) {
  console.error(`\nspeech latency benchmark could not run: ${(e as Error).message}`);
  process.exitCode = 1;
}
