// Reads numbers said as digits or words ("27", "27th", "twenty seventh", "hai mươi bảy") at a token position.
import { compilePhrase, matchAt, type Phrase } from './tokens';
import type { NumberGrammar } from './types';

export interface CompiledNumbers {
  units: [Phrase, number][];
  tens: [Phrase, number][];
  afterTens: Map<string, number>;
  fixed: [Phrase, number][];
}

const byLength = (a: [Phrase, number], b: [Phrase, number]) => b[0].length - a[0].length;

export function compileNumbers(g: NumberGrammar, fold: boolean): CompiledNumbers {
  const list = (r: Readonly<Record<string, number>>) => Object.entries(r).map(([k, v]): [Phrase, number] => [compilePhrase(k, fold), v]).sort(byLength);
  return {
    units: list(g.units),
    tens: list(g.tens),
    afterTens: new Map(list(g.afterTens).map(([p, v]) => [p.join(' '), v])),
    fixed: list(g.fixed),
  };
}

function longest(keys: readonly string[], at: number, table: [Phrase, number][]): { value: number; end: number } | null {
  for (const [phrase, value] of table) {
    const end = matchAt(keys, phrase, at);
    if (end > at) return { value, end };
  }
  return null;
}

/** The number starting at `at`, with the index after it; null when none starts there. */
export function readNumber(keys: readonly string[], at: number, n: CompiledNumbers): { value: number; end: number } | null {
  const k = keys[at];
  if (k === undefined) return null;
  const digits = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(k);
  if (digits) return { value: Number(digits[1]), end: at + 1 };
  const fixed = longest(keys, at, n.fixed);
  if (fixed) return fixed;
  const tens = longest(keys, at, n.tens);
  if (tens) {
    const unit = keys[tens.end] === undefined ? null : (longest(keys, tens.end, n.units) ?? (n.afterTens.has(keys[tens.end]) ? { value: n.afterTens.get(keys[tens.end])!, end: tens.end + 1 } : null));
    return unit && unit.value < 10 ? { value: tens.value + unit.value, end: unit.end } : tens;
  }
  return longest(keys, at, n.units);
}
