// The ask contract for evaluation tools: a story file, then one question per stdin line → one JSON answer per stdout
// line, {"answer": "…"} or {"answer": null} when the story does not say.
// Usage: npm run -s ask -- --lang en|vi --story STORY.json
// STORY.json: {"title", "text", "source", "language", "publishedAt"}; answered as the app answers (src/domain/ask).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { answerQuestion } from '../src/domain/ask/answer';
import type { AskStory } from '../src/domain/ask/types';
import { isLang, type Lang } from '../src/domain/types';

const USAGE = 'usage: npm run -s ask -- --lang en|vi --story STORY.json  (questions on stdin, one per line)';

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export function parseArgs(argv: string[]): { lang: Lang; story: string } {
  let lang: Lang | null = null;
  let story: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--lang') {
      if (!isLang(value)) fail(`--lang must be en or vi, not ${value ?? 'nothing'}`);
      lang = value;
    } else if (flag === '--story') {
      if (!value) fail('--story needs a file');
      story = value;
    } else {
      fail(`unknown argument ${argv[i]}`);
    }
  }
  if (!lang) fail('--lang is required');
  if (!story) fail('--story is required');
  return { lang, story };
}

/** The story file, checked: a JSON object with a string title and text (language defaults to --lang). */
export function readStory(path: string, lang: Lang): AskStory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`cannot read the story ${path}: ${(e as Error).message}`);
  }
  const story = raw as Record<string, unknown> | null;
  if (typeof story !== 'object' || story === null || Array.isArray(story)) fail(`${path} is not a JSON object`);
  if (typeof story.title !== 'string') fail(`${path} has no string "title"`);
  if (typeof story.text !== 'string') fail(`${path} has no string "text"`);
  if (story.language !== undefined && typeof story.language !== 'string') fail(`${path} has a "language" that is not a string`);
  return { title: story.title, text: story.text, language: typeof story.language === 'string' ? story.language : lang };
}

const { lang, story: storyPath } = parseArgs(process.argv.slice(2));
const story = readStory(storyPath, lang);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const question = line.trim();
  const { answer } = question ? answerQuestion(story, question, lang) : { answer: null };
  process.stdout.write(`${JSON.stringify({ answer })}\n`);
}
