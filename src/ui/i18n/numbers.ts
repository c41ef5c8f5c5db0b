// Whole numbers as a locale writes them ("10,032" in English, "10.032" in Vietnamese).

/**
 * A formatter for counts in a locale. Its Intl.NumberFormat is made on first need: the first one costs tens of
 * milliseconds (locale data), too much for startup, and counts under 1,000 are written the same in both languages.
 */
export function countFormatter(locale: string): (x: number) => string {
  let format: Intl.NumberFormat | null = null;
  return (x) => (Number.isInteger(x) && Math.abs(x) < 1000 ? String(x) : (format ??= new Intl.NumberFormat(locale)).format(x));
}
