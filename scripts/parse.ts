// The parse contract for evaluation tools: one utterance per stdin line → one JSON command per stdout line.
// Usage: npm run -s parse -- --lang en|vi [--today YYYY-MM-DD] [--grammar-only] [--story]
// The same understanding as the app: the grammar with the learned model (--grammar-only: the grammar alone); --story
// as while a story is being told, when a question with no news word ("what did the union say about it") is an `ask`.
import { createInterface } from 'node:readline';
import { understand } from '../src/domain/command/command-model';
import { parseCommand } from '../src/domain/command/parse-command';
import { dayKeyOf, isDayKey } from '../src/domain/day';
import { isLang, type Lang } from '../src/domain/types';

const USAGE = 'usage: npm run -s parse -- --lang en|vi [--today YYYY-MM-DD] [--grammar-only] [--story]  (utterances on stdin, one per line)';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export function parseArgs(argv: string[]): { lang: Lang; today: string; grammarOnly: boolean; storyInContext: boolean } {
  let lang: Lang | null = null;
  let today: string | null = null;
  let grammarOnly = false;
  let storyInContext = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grammar-only') {
      grammarOnly = true;
      continue;
    }
    if (argv[i] === '--story') {
      storyInContext = true;
      continue;
    }
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--lang') {
      if (!isLang(value)) fail(`--lang must be en or vi, not ${value ?? 'nothing'}`);
      lang = value;
    } else if (flag === '--today') {
      if (!value || !isDayKey(value)) fail(`--today must be a date like 2026-11-28, not ${value ?? 'nothing'}`);
      today = value;
    } else {
      fail(`unknown argument ${argv[i]}`);
    }
  }
  if (!lang) fail('--lang is required');
  return { lang, today: today ?? dayKeyOf(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone), grammarOnly, storyInContext };
}

const { grammarOnly, ...ctx } = parseArgs(process.argv.slice(2));
const read = grammarOnly ? parseCommand : understand;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const c = read(line, ctx);
  process.stdout.write(`${JSON.stringify({ intent: c.intent, topic: c.topic, outlet: c.outlet, from: c.from, to: c.to, minutes: c.minutes ?? null })}\n`);
}
