// Finds the days an utterance names ("yesterday", "last monday", "this week", "the last 3 days", "27/11",
// "ngày 27 tháng 11") and resolves them against today: always the most recent such day, never the future.
import { addDays, isDayKey, weekdayOf } from '../day';
import type { DayKey } from '../types';
import { readNumber, type CompiledNumbers } from './numbers';
import { compilePhrase, matchAt, type Phrase, type Span } from './tokens';
import type { DayGrammar } from './types';

export interface DayRange {
  from: DayKey;
  to: DayKey;
}

export type DayHit = DayRange & Span;

type LastNUnit = DayGrammar['lastN'][number]['unit'];

export interface CompiledDays {
  relative: [Phrase, number][];
  weekdays: [Phrase, number][];
  previousWeekday: Phrase[];
  weekdayLastWeek: Phrase[];
  prefixes: Phrase[];
  since: Phrase[];
  weeks: [Phrase, DayGrammar['weeks'][number]['kind']][];
  months: [Phrase, number][];
  lastN: [Phrase, LastNUnit][];
  dateFrames: Phrase[];
  monthFrames: Phrase[];
  dayOfMonthFrames: Phrase[];
  numericOrder: DayGrammar['numericOrder'];
  /** Tokens a day expression can start with (besides digits): positions starting with anything else are skipped. */
  starts: Set<string>;
}

export function compileDays(g: DayGrammar, fold: boolean, numberWords: readonly string[]): CompiledDays {
  const c = (p: string) => compilePhrase(p, fold);
  const compiled: Omit<CompiledDays, 'starts'> = {
    relative: g.relative.map((r): [Phrase, number] => [c(r.phrase), r.offset]),
    weekdays: g.weekdays.flatMap((names, day) => names.map((n): [Phrase, number] => [c(n), day])),
    previousWeekday: g.previousWeekday.map(c),
    weekdayLastWeek: g.weekdayLastWeek.map(c),
    prefixes: g.dayPrefixes.map(c),
    since: g.since.map(c),
    weeks: g.weeks.map((w): [Phrase, DayGrammar['weeks'][number]['kind']] => [c(w.phrase), w.kind]),
    months: g.months.flatMap((names, m) => names.map((n): [Phrase, number] => [c(n), m + 1])),
    lastN: g.lastN.map((l): [Phrase, LastNUnit] => [c(l.phrase), l.unit]),
    dateFrames: g.dateFrames.map(c),
    monthFrames: g.monthFrames.map(c),
    dayOfMonthFrames: g.dayOfMonthFrames.map(c),
    numericOrder: g.numericOrder,
  };
  const starts = new Set<string>();
  const monthNames = compiled.months.map(([p]) => p[0]);
  const numbers = numberWords.map((w) => compilePhrase(w, fold)[0]).filter(Boolean);
  const addFirst = (p: Phrase) => {
    const first = p[0];
    if (first === undefined) return;
    if (first === '#' || first === 'd' || first === 'y') numbers.forEach((n) => starts.add(n));
    else if (first === 'm') monthNames.forEach((m) => starts.add(m));
    else starts.add(first);
  };
  [...compiled.relative.map(([p]) => p), ...compiled.weeks.map(([p]) => p), ...compiled.weekdays.map(([p]) => p), ...compiled.previousWeekday]
    .concat(compiled.lastN.map(([p]) => p), compiled.dateFrames, compiled.monthFrames, compiled.dayOfMonthFrames)
    .forEach(addFirst);
  return { ...compiled, starts };
}

const one = (day: DayKey): DayRange => ({ from: day, to: day });
const key = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const mondayOf = (day: DayKey) => addDays(day, -((weekdayOf(day) + 6) % 7));

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The most recent (year-less) date not after today; null for impossible dates. */
function recentDate(month: number, day: number, today: DayKey, year?: number): DayKey | null {
  const ty = Number(today.slice(0, 4));
  const y = year ?? ty;
  let d = key(y, month, day);
  if (!isDayKey(d)) return year === undefined && isDayKey(key(y - 1, month, day)) ? key(y - 1, month, day) : null;
  if (year === undefined && d > today) d = key(y - 1, month, day);
  return isDayKey(d) ? d : null;
}

function weekRange(kind: DayGrammar['weeks'][number]['kind'], today: DayKey): DayRange {
  const monday = mondayOf(today);
  switch (kind) {
    case 'this-week':
      return { from: monday, to: today };
    case 'last-week':
      return { from: addDays(monday, -7), to: addDays(monday, -1) };
    case 'past-7-days':
      return { from: addDays(today, -6), to: today };
    case 'this-weekend': {
      // The weekend in progress, or else the one just past.
      const wd = weekdayOf(today);
      if (wd === 6) return one(today);
      if (wd === 0) return { from: addDays(today, -1), to: today };
      return { from: addDays(monday, -2), to: addDays(monday, -1) };
    }
    case 'this-month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'last-month': {
      const [y, m] = today.split('-').map(Number);
      const py = m === 1 ? y - 1 : y;
      const pm = m === 1 ? 12 : m - 1;
      return { from: key(py, pm, 1), to: key(py, pm, lastDayOfMonth(py, pm)) };
    }
    case 'last-weekend': {
      const wd = weekdayOf(today);
      const saturday = wd === 6 ? addDays(today, -7) : wd === 0 ? addDays(today, -8) : addDays(monday, -2);
      return { from: saturday, to: addDays(saturday, 1) };
    }
  }
}

function lastNRange(count: number, unit: LastNUnit, today: DayKey): DayRange | null {
  if (count < 1 || count > 366) return null;
  if (unit === 'days-ago') return one(addDays(today, -count));
  if (unit === 'day') return { from: addDays(today, -(count - 1)), to: today };
  if (unit === 'week') return { from: addDays(today, -(7 * count - 1)), to: today };
  const [y, m, d] = today.split('-').map(Number);
  const back = new Date(Date.UTC(y, m - 1 - count, Math.min(d, lastDayOfMonth(y, m - count)))).toISOString().slice(0, 10);
  return { from: addDays(back, 1), to: today };
}

/** The most recent given weekday, today included (or strictly before today). */
function recentWeekday(day: number, today: DayKey, strictlyBefore: boolean): DayKey {
  let back = (weekdayOf(today) - day + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(today, -back);
}

interface Captures {
  D?: number;
  M?: number;
  Y?: number;
}

/** Matches a frame with D / M / Y placeholders at `at`; month names only where "M" stands, numbers where the frame allows. */
function matchFrame(keys: readonly string[], frame: Phrase, at: number, c: CompiledDays, n: CompiledNumbers): { end: number; cap: Captures } | null {
  const cap: Captures = {};
  let i = at;
  for (const part of frame) {
    if (part === 'd' || part === 'y') {
      const num = readNumber(keys, i, n);
      if (!num) return null;
      if (part === 'd' && (num.value < 1 || num.value > 31)) return null;
      if (part === 'y' && (num.value < 1990 || num.value > 2100)) return null;
      cap[part === 'd' ? 'D' : 'Y'] = num.value;
      i = num.end;
    } else if (part === 'm') {
      const name = c.months.map(([p, m]) => ({ end: matchAt(keys, p, i), m })).filter((x) => x.end > i).sort((a, b) => b.end - a.end)[0];
      if (name) {
        cap.M = name.m;
        i = name.end;
      } else {
        // A month number only after a word that says it is a month ("tháng 11").
        const prev = frame[frame.indexOf(part) - 1];
        const num = prev && prev !== 'd' && prev !== 'y' ? readNumber(keys, i, n) : null;
        if (!num || num.value < 1 || num.value > 12) return null;
        cap.M = num.value;
        i = num.end;
      }
    } else {
      if (keys[i] !== part) return null;
      i++;
    }
  }
  return { end: i, cap };
}

/** A numeric date token: 27/11, 11/27, 27/11/2026, 2026-11-27. */
function numericDate(token: string, order: CompiledDays['numericOrder'], today: DayKey): DayRange | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token);
  if (iso) {
    const d = recentDate(Number(iso[2]), Number(iso[3]), today, Number(iso[1]));
    return d ? one(d) : null;
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(token);
  if (!m) return null;
  let [a, b] = [Number(m[1]), Number(m[2])];
  // Unambiguous when one part cannot be a month; otherwise the language's convention decides.
  const dayFirst = a > 12 ? true : b > 12 ? false : order === 'day-month';
  if (!dayFirst) [a, b] = [b, a];
  const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
  const d = recentDate(b, a, today, year);
  return d ? one(d) : null;
}

/** Tries every kind of day expression at `at`; returns the longest. */
function dayAt(keys: readonly string[], at: number, c: CompiledDays, n: CompiledNumbers, today: DayKey): (DayRange & { end: number }) | null {
  const hits: (DayRange & { end: number })[] = [];
  const add = (range: DayRange | null, end: number) => {
    if (range && end > at) hits.push({ ...range, end });
  };
  for (const [p, offset] of c.relative) add(one(addDays(today, offset)), matchAt(keys, p, at));
  for (const [p, kind] of c.weeks) add(weekRange(kind, today), matchAt(keys, p, at));
  // Weekdays, optionally "last <weekday>" or "<weekday> last week".
  for (const prev of [null, ...c.previousWeekday]) {
    const start = prev ? matchAt(keys, prev, at) : at;
    if (start === -1) continue;
    for (const [p, day] of c.weekdays) {
      const end = matchAt(keys, p, start);
      if (end === -1) continue;
      const lastWeek = c.weekdayLastWeek.map((w) => matchAt(keys, w, end)).find((e) => e > end);
      if (lastWeek) add(one(addDays(mondayOf(addDays(mondayOf(today), -7)), (day + 6) % 7)), lastWeek);
      add(one(recentWeekday(day, today, prev !== null)), end);
    }
  }
  for (const [p, unit] of c.lastN) {
    const hash = p.indexOf('#');
    const head = matchAt(keys, p.slice(0, hash), at);
    if (head === -1) continue;
    const num = readNumber(keys, head, n);
    if (!num) continue;
    add(lastNRange(num.value, unit, today), matchAt(keys, p.slice(hash + 1), num.end));
  }
  for (const frame of c.dateFrames) {
    const m = matchFrame(keys, frame, at, c, n);
    if (m && m.cap.D && m.cap.M) {
      const d = recentDate(m.cap.M, m.cap.D, today, m.cap.Y);
      add(d ? one(d) : null, m.end);
    }
  }
  for (const frame of c.monthFrames) {
    const m = matchFrame(keys, frame, at, c, n);
    if (m && m.cap.M) {
      const ty = Number(today.slice(0, 4));
      const tm = Number(today.slice(5, 7));
      const y = m.cap.Y ?? (m.cap.M <= tm ? ty : ty - 1);
      const last = key(y, m.cap.M, lastDayOfMonth(y, m.cap.M));
      add({ from: key(y, m.cap.M, 1), to: last > today ? today : last }, m.end);
    }
  }
  for (const frame of c.dayOfMonthFrames) {
    const m = matchFrame(keys, frame, at, c, n);
    if (m && m.cap.D) {
      const [ty, tm] = today.split('-').map(Number);
      let d = key(ty, tm, m.cap.D);
      if (!isDayKey(d) || d > today) d = tm === 1 ? key(ty - 1, 12, m.cap.D) : key(ty, tm - 1, m.cap.D);
      add(isDayKey(d) ? one(d) : null, m.end);
    }
  }
  if (keys[at]) add(numericDate(keys[at], c.numericOrder, today), at + 1);
  return hits.sort((a, b) => b.end - a.end)[0] ?? null;
}

/** Start of the longest phrase that ends exactly at `end`, or -1. */
function endingAt(keys: readonly string[], phrases: readonly Phrase[], end: number): number {
  let best = -1;
  for (const p of phrases) {
    const start = end - p.length;
    if (start >= 0 && matchAt(keys, p, start) === end && (best === -1 || start < best)) best = start;
  }
  return best;
}

/** The first day expression in the keys (with its prefix word, e.g. "on", "ngày"), or null. */
export function findDays(keys: readonly string[], c: CompiledDays, n: CompiledNumbers, today: DayKey): DayHit | null {
  for (let at = 0; at < keys.length; at++) {
    if (!c.starts.has(keys[at]) && !/^\d/.test(keys[at])) continue;
    let hit = dayAt(keys, at, c, n, today);
    if (!hit) continue;
    // A longer expression starting inside this one wins: "from two days ago" is two days ago, not "from (month) two".
    for (let inner = at + 1; inner < hit.end; inner++) {
      const other = c.starts.has(keys[inner]) || /^\d/.test(keys[inner]) ? dayAt(keys, inner, c, n, today) : null;
      if (other && other.end > hit.end) {
        hit = other;
        at = inner;
      }
    }
    let start = at;
    let range: DayRange = { from: hit.from, to: hit.to };
    // "since monday": from that day until today.
    const since = endingAt(keys, c.since, at);
    if (since !== -1) {
      start = since;
      range = { from: hit.from, to: today };
    } else {
      const prefix = endingAt(keys, c.prefixes, at);
      if (prefix !== -1) start = prefix;
    }
    return { ...range, start, end: hit.end };
  }
  return null;
}
