// `npm run bench`: every benchmark of the project, each printed as a table against its target.
// Exits 1 when a target is missed or a benchmark cannot run (with the reason).
import { benchCompose } from './bench/compose';
import { benchEar } from './bench/ear';
import { benchEarBrowser } from './bench/ear-browser';
import { benchParse } from './bench/parse';
import { benchSound } from './bench/sound';
import { benchSpeechLatency } from './bench/speech-latency';
import { benchStorage } from './bench/storage';
import { benchStories } from './bench/stories';
import { benchSummarize } from './bench/summarize';

if (!benchParse()) process.exitCode = 1;
if (!benchSummarize()) process.exitCode = 1;
for (const [name, bench] of [
  ['compose', benchCompose],
  ['speech latency', benchSpeechLatency],
  ['hands-free sound', benchSound],
  ['storage', benchStorage],
  ['stories screen', benchStories],
  ['on-device ear', benchEar],
  ['on-device ear in Chromium', benchEarBrowser],
] as const) {
  try {
    if (!(await bench())) process.exitCode = 1;
  } catch (e) {
    console.error(`\n${name} benchmark could not run: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
