// `npm run eval`: every evaluation on other projects' data, read at run time from ../shared/eval (or $EARSHOT_SHARED/eval),
// one table each; a missing corpus is skipped with its path (a failure with --require-data), a missed floor exits 1.

// Options: --require-data, --details (per-intent tables), --failures (every miss), --today=YYYY-MM-DD.
import { evalAskAnswers } from './eval/ask-answers';
import { evalEnglishCommands } from './eval/commands-english';
import { evalMassive } from './eval/commands-massive';
import { SHARED_ROOT, shown } from './eval/data-root';
import { evalFeedparser } from './eval/feeds-feedparser';
import { evalGofeed } from './eval/feeds-gofeed';
import { evalWildFeeds } from './eval/feeds-wild';
import { measuresTable, type EvalResult } from './eval/report';
import { evalRecordings } from './eval/sounds-recordings';
import { decodeWindows1252AsBrowsersDo, runtimeDecodesWindows1252Wrongly } from '../tests/support/windows-1252';

const args = process.argv.slice(2);
const REQUIRE_DATA = args.includes('--require-data');
const DETAILS = args.includes('--details');
const FAILURES = args.includes('--failures');
const TODAY = args.find((a) => a.startsWith('--today='))?.slice(8) ?? '2026-11-28';

const EVALUATIONS: (() => EvalResult | Promise<EvalResult>)[] = [
  () => evalFeedparser({ failures: FAILURES }),
  () => evalGofeed(),
  () => evalWildFeeds(),
  () => evalEnglishCommands({ today: TODAY, details: DETAILS, failures: FAILURES }),
  () => evalMassive({ today: TODAY, details: DETAILS }),
  () => evalRecordings(),
  () => evalAskAnswers({ failures: FAILURES }),
];

console.log(`Evaluation data: ${shown(SHARED_ROOT)}/eval${process.env.EARSHOT_SHARED ? ' (EARSHOT_SHARED)' : ''}`);
// Feed bytes are decoded as in a browser, where the app runs (this Node would read windows-1252 as ISO-8859-1).
if (runtimeDecodesWindows1252Wrongly()) {
  decodeWindows1252AsBrowsersDo();
  console.log("windows-1252 decoded as browsers do (this Node's TextDecoder does not: nodejs/node#60888)");
}
const started = performance.now();
const summary: string[] = [];
let failed = false;
let missingData = false;
for (const run of EVALUATIONS) {
  const t0 = performance.now();
  let result: EvalResult;
  try {
    result = await run();
  } catch (e) {
    result = { title: 'an evaluation', measures: [{ name: 'ran', value: `threw: ${(e as Error).message}`, floor: 'runs', ok: false }] };
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`\n== ${result.title}\n`);
  if (result.skipped) {
    console.log(`skipped: ${result.skipped}${REQUIRE_DATA ? ' (a failure with --require-data)' : ''}`);
    if (REQUIRE_DATA) missingData = failed = true;
    summary.push(`${REQUIRE_DATA ? 'MISSING' : 'skipped'}  ${result.title}: ${result.skipped}`);
    continue;
  }
  console.log(measuresTable(result.measures));
  if (result.notes?.length) console.log(`\n${result.notes.join('\n')}`);
  const missed = result.measures.filter((m) => m.ok === false);
  if (missed.length) failed = true;
  summary.push(`${missed.length ? 'FAILED ' : 'ok     '}  ${result.title} (${seconds} s)${missed.length ? `: ${missed.map((m) => m.name).join('; ')}` : ''}`);
}
console.log(`\n== Summary (${((performance.now() - started) / 1000).toFixed(1)} s)\n\n${summary.join('\n')}`);
if (missingData) {
  console.log(`\nEvaluation data missing (--require-data): expected under ${SHARED_ROOT}/eval, the shared folder beside the project; set EARSHOT_SHARED to its place.`);
}
if (failed) process.exitCode = 1;
