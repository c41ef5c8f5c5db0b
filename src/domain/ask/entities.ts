// Every entity in a sentence, English or Vietnamese: money, numbers, dates, names, reasons and opinions. Spans of
// amounts, dates, numbers and names do not overlap (a money amount wins over the number inside it, a date over the
// count "four years"); reasons and opinions are clauses and may hold the others.
import { findAmounts } from './amounts';
import { findClauses } from './clauses';
import { findNames, type KnownNames } from './names';
import { findTimes } from './times';
import type { Entity, EntityKind } from './types';

/** Which span wins where two overlap: lower first. */
const PRIORITY: Record<EntityKind, number> = { amount: 0, time: 1, number: 2, person: 3, organisation: 3, place: 3, reason: 9, opinion: 9 };

const overlaps = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;

/** Spans kept by priority, then by length (the longer of two equal claims). */
function resolve(all: Entity[]): Entity[] {
  // "100 kilograms an hour": a rate's "an hour" is part of the figure, not a time of its own.
  const found = all.filter((e) => !(e.kind === 'time' && all.some((n) => n.kind === 'number' && n.start < e.start && e.end <= n.end)));
  const ranked = [...found].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of ranked) if (!kept.some((k) => overlaps(k, e))) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A sentence read for entities, names left to read with what the story names elsewhere: `known` holds words of names
 * the story gives ("Altman" after "Sam Altman"), so that a later mention by one word reads as what it named. The
 * rest is read once.
 */
export function sentenceEntities(sentence: string, lang: string): (known?: KnownNames) => Entity[] {
  const figures = [...findAmounts(sentence, lang), ...findTimes(sentence, lang)];
  const clauses = findClauses(sentence, lang);
  return (known) => [...resolve([...figures, ...findNames(sentence, lang, known)]), ...clauses];
}

/** The entities of one sentence in reading order (reasons and opinions after the spans they may hold). */
export function findEntities(sentence: string, lang: string, known?: KnownNames): Entity[] {
  return sentenceEntities(sentence, lang)(known);
}
