// How evaluations report: one aligned table per evaluation (measure, value, floor or target, ok), and the
// shape every evaluation of `npm run eval` returns.

/** One row. `ok` is null for a figure that is only reported (no floor). */
export interface Measure {
  name: string;
  value: string;
  floor: string;
  ok: boolean | null;
}

/** What one evaluation gives back: its rows, or why it could not run (its data is missing). */
export interface EvalResult {
  title: string;
  /** Set when the evaluation's data is missing; it then has no measures. */
  skipped?: string;
  measures: Measure[];
  /** Lines printed under the table (misses, notes on what is counted). */
  notes?: string[];
}

export const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const count = (n: number) => n.toLocaleString('en-US');

/**
 * A share `n` of `d` against a floor: `atLeast` (higher is better) or `atMost` (lower is better), both in 0..1;
 * neither means reported only. An empty denominator counts as 100% (nothing to get wrong).
 */
export function rate(name: string, n: number, d: number, floor: { atLeast?: number; atMost?: number } = {}): Measure {
  const value = d === 0 ? 1 : n / d;
  const shown = `${pct(n, d)} (${count(n)}/${count(d)})`;
  const percent = (x: number) => `${Number((x * 100).toFixed(1))}%`;
  if (floor.atLeast !== undefined) return { name, value: shown, floor: `≥ ${percent(floor.atLeast)}`, ok: value >= floor.atLeast - 1e-12 };
  if (floor.atMost !== undefined) return { name, value: shown, floor: `≤ ${percent(floor.atMost)}`, ok: value <= floor.atMost + 1e-12 };
  return { name, value: shown, floor: 'reported', ok: null };
}

/** A share against a target that is reported, not enforced: the floor column says whether it is met. */
export function towards(name: string, n: number, d: number, target: { atLeast?: number; atMost?: number }): Measure {
  const m = rate(name, n, d, target);
  return { ...m, floor: `target ${m.floor}${m.ok ? '' : ' (missed)'}`, ok: null };
}

/** `n` of `d` must all hold (or at least `min` of them). */
export function countOf(name: string, n: number, d: number, min = d): Measure {
  return { name, value: `${count(n)} of ${count(d)}`, floor: min === d ? 'all' : `≥ ${count(min)}`, ok: n >= min };
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const okText = (ok: boolean | null) => (ok === null ? '-' : ok ? 'yes' : 'NO');

export function measuresTable(measures: Measure[]): string {
  return table(['measure', 'value', 'floor/target', 'ok'], measures.map((m) => [m.name, m.value, m.floor, okText(m.ok)]));
}
