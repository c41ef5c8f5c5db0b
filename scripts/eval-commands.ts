// `npm run eval:commands` (part of `npm test`): scores the app's understanding (the grammar with the learned model) on
// the command sets written for Earshot (tests/fixtures/commands), with per-intent and confusion tables and the grammar
// alone beside it; exits 1 below a floor. Beside them, MASSIVE 1.1's test partition per language when
// ../shared/eval/commands/massive is there (skipped with a line when it is not).

// Options: --failures (the misses of the tuned sets), --details (MASSIVE per intent), --today=YYYY-MM-DD.
// SLURP and HWU64 are scored by `npm run eval`.
import { actsOn, confusion, exact, failures, perIntent, score, type Scored } from './eval/command-score';
import { COMMAND_SETS, tsvRows, type CommandSet } from './eval/command-sets';
import { evalMassive } from './eval/commands-massive';
import { sameOutlet } from './eval/outlets';
import { parseCommand } from '../src/domain/command/parse-command';
import { measuresTable, rate, type Measure } from './eval/report';

/** Floors enforced in CI (issue 3 targets), on vi.tsv only. */
export const FLOORS = { viExact: 0.95, noneFalsePositives: 0.03 };

const args = process.argv.slice(2);
const TODAY = args.find((a) => a.startsWith('--today='))?.slice(8) ?? '2026-11-28';
const VERBOSE = args.includes('--failures');
const DETAILS = args.includes('--details');

/** What "exact" compares in a set: the fields its columns label. */
function exactFields(rows: Scored[]): string {
  const e = rows[0]?.row.expected;
  return ['intent', 'topic', e?.outlet !== undefined ? 'outlet' : '', e?.days ? 'days' : '', e?.minutes !== undefined ? 'minutes' : ''].filter(Boolean).join(', ');
}

function setMeasures(set: CommandSet, rows: Scored[]): Measure[] {
  const tagged = (tag: string) => rows.filter((s) => s.row.tags.includes(tag));
  const actedOn = (s: Scored) => actsOn(s.got);
  const none = rows.filter((s) => s.row.expected.intent === 'none');
  const measures = [
    rate(`${set.name}, exact (${exactFields(rows)})`, rows.filter(exact).length, rows.length, set.floors ? { atLeast: FLOORS.viExact } : {}),
  ];
  if (!set.floors) measures.push(rate(`${set.name}, intent right`, rows.filter((s) => s.intentOk).length, rows.length));
  measures.push(rate(`${set.name}, non-commands taken as a command`, none.filter(actedOn).length, none.length, set.floors ? { atMost: FLOORS.noneFalsePositives } : {}));
  measures.push(rate(`${set.name}, non-commands taken as a question about the story`, none.filter((s) => s.got.intent === 'ask').length, none.length));
  // Per tag, where the set has the tag.
  const otherDomain = tagged('other-domain');
  if (otherDomain.length) measures.push(rate(`${set.name}, other-domain acted on`, otherDomain.filter(actedOn).length, otherDomain.length));
  const traps = tagged('trap').filter((s) => s.row.expected.intent === 'none');
  if (traps.length) measures.push(rate(`${set.name}, traps (labelled none) acted on`, traps.filter(actedOn).length, traps.length));
  const outlets = rows.filter((s) => typeof s.row.expected.outlet === 'string');
  if (outlets.length) measures.push(rate(`${set.name}, outlet found`, outlets.filter((s) => sameOutlet(s.got.outlet, s.row.expected.outlet ?? null)).length, outlets.length));
  for (const tag of ['spoken-form', 'wake']) {
    const withTag = tagged(tag);
    if (withTag.length) measures.push(rate(`${set.name}, ${tag} exact`, withTag.filter(exact).length, withTag.length));
  }
  return measures;
}

const measures: Measure[] = [];
for (const set of COMMAND_SETS) {
  let rows: Scored[];
  try {
    rows = tsvRows(set.file, set.lang).map((r) => score(r, TODAY));
  } catch (e) {
    console.error(`${set.name} (${set.file}) could not be read: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n${set.name} (${set.file}, ${rows.length} utterances, ${set.tuned ? 'tuned' : 'held out'}, today = ${TODAY})\n`);
  console.log(perIntent(rows));
  console.log(`\n${confusion(rows)}\n`);
  measures.push(...setMeasures(set, rows));
  const grammarOnly = tsvRows(set.file, set.lang).map((r) => score(r, TODAY, parseCommand));
  const noneRows = grammarOnly.filter((s) => s.row.expected.intent === 'none');
  measures.push(
    rate(`${set.name}, exact, grammar alone`, grammarOnly.filter(exact).length, grammarOnly.length),
    rate(`${set.name}, non-commands taken as a command, grammar alone`, noneRows.filter((s) => actsOn(s.got)).length, noneRows.length),
  );
  if (VERBOSE && set.tuned) console.log(`Failures in ${set.file}:\n${failures(rows)}\n`);
}

console.log('\nSummary\n');
console.log(measuresTable(measures));

// MASSIVE 1.1 beside the written sets, when the shared data is there.
let massive;
try {
  massive = evalMassive({ today: TODAY, details: DETAILS });
} catch (e) {
  massive = null;
  console.error(`\nMASSIVE 1.1 could not be read: ${(e as Error).message}`);
  process.exitCode = 1;
}
if (massive?.skipped) console.log(`\nMASSIVE 1.1 (test partition): skipped, ${massive.skipped}`);
else if (massive) {
  console.log(`\n${massive.title}\n`);
  console.log(measuresTable(massive.measures));
  if (massive.notes?.length) console.log(`\n${massive.notes.join('\n')}`);
}

if (measures.some((m) => m.ok === false)) {
  process.exitCode = 1;
  console.log('\nBelow a floor: run `npm run eval:commands -- --failures` to see the rows.');
}
