// Dates as feeds write them: RFC 822/1123 (RSS), ISO 8601/W3CDTF (Atom, Dublin Core, JSON Feed), and the
// usual mistakes (two-digit years, no seconds, no or wrong weekday, full month names, odd separators).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Offsets in minutes east of UTC for zone names seen in feeds (RFC 822 names first). */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  ast: -240, adt: -180, akst: -540, akdt: -480, hst: -600,
  bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, west: 60,
  jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/**
 * RFC 822 military zones as that RFC writes them (A = -1 … M = -12, N = +1 … Y = +12, Z = 0), which is
 * also what feedparser does. RFC 2822 notes the signs were historically inverted; a feed using them
 * is rare enough that following the written standard is the least surprising choice.
 */
function militaryOffset(letter: string): number | null {
  const c = letter.toLowerCase();
  if (c === 'z') return 0;
  if (c === 'j' || c < 'a' || c > 'y') return null;
  const code = c.charCodeAt(0);
  if (c <= 'i') return -(code - 96) * 60; // a..i → -1..-9
  if (c <= 'm') return -(code - 97) * 60; // k..m → -10..-12 (j is unused)
  return (code - 109) * 60; // n..y → +1..+12
}

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0; // no zone: feeds almost always mean UTC
  const z = zone.trim();
  const numeric = /^(?:(?:GMT|UTC?)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (numeric) {
    const h = Number(numeric[2]);
    const m = Number(numeric[3] ?? 0);
    if (h > 14 || m > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (h * 60 + m);
  }
  const lower = z.toLowerCase().replace(/\.$/, '');
  if (lower in ZONES) return ZONES[lower];
  if (/^[a-z]$/.test(lower)) return militaryOffset(lower);
  // An unknown zone name: RFC 2822 says to read it as UTC rather than drop the date.
  if (/^[a-z]{2,5}$/.test(lower)) return 0;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function expandYear(raw: string): number {
  const y = Number(raw);
  if (raw.length === 2) return y < 50 ? 2000 + y : 1900 + y; // RFC 2822 §4.3
  if (raw.length === 3) return 1900 + y; // "104" from C's tm_year
  return y;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offset: number; // minutes east of UTC
}

function toEpoch(p: Parts): number | null {
  const { year, month, day, hour, minute, ms, offset } = p;
  let { second } = p;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  if (second === 60) second = 59; // leap second
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return Number.isFinite(t) ? t : null;
}

function fraction(raw: string | undefined): number {
  return raw ? Math.floor(Number(`0.${raw}`) * 1000) : 0;
}

// 2003-12-31T10:14:55.123+01:00, 2003-12-31 10:14Z, 2003-12-31, 2003-12, 2003, 20031231T101455Z
const ISO =
  /^(\d{4})(?:[-/]?(\d{2})(?:[-/]?(\d{2})(?:[T\s]+(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})?)?)?)?$/i;

function parseIso(s: string): number | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const offset = zoneOffset(m[8]);
  if (offset === null) return null;
  return toEpoch({
    year: Number(m[1]),
    month: m[2] ? Number(m[2]) : 1,
    day: m[3] ? Number(m[3]) : 1,
    hour: m[4] ? Number(m[4]) : 0,
    minute: m[5] ? Number(m[5]) : 0,
    second: m[6] ? Number(m[6]) : 0,
    ms: fraction(m[7]),
    offset,
  });
}

const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d+))?)?$/;
const ZONE_TOKEN = /^(?:z|[a-z]{1,5}|(?:(?:gmt|utc?)\s*)?[+-]\d{1,2}(?::?\d{2})?)$/i;
const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?$/;

/**
 * RFC 822 and relatives, read as tokens so that order slips still parse: "Thu, 01 Jan 2004 19:48:21 GMT",
 * "1 January 04 19:48 +0100", "Jan 1 2004 7:48 PM EST", asctime's "Thu Jan  1 19:48:21 2004", "01-Jan-2004".
 */
function parseRfc822(s: string): number | null {
  const tokens = s
    .replace(/([a-z])\.(?=\s|,|$)/gi, '$1') // "Jan." → "Jan"
    .replace(/(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(?=[a-z+-])/gi, '$1 ') // "19:48:21Z", "7:48pm", "19:48+0100"
    .split(/[\s,]+|(?<=[a-z])[-/](?=\d)|(?<=\d)[-/](?=[a-z])/i)
    .filter(Boolean);
  let month: number | null = null;
  let time: RegExpExecArray | null = null;
  let meridiem: 'a' | 'p' | null = null;
  let zone: string | undefined;
  const numbers: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const lower = tok.toLowerCase();
    if (WEEKDAY.test(lower)) continue; // the weekday says nothing more, and is sometimes wrong
    if (month === null && lower in MONTHS) month = MONTHS[lower];
    else if (time === null && TIME.test(tok)) time = TIME.exec(tok);
    else if (/^\d{1,4}$/.test(tok)) numbers.push(tok);
    else if (time !== null && meridiem === null && zone === undefined && /^[ap]\.?m\.?$/i.test(tok)) meridiem = lower[0] as 'a' | 'p';
    else if (time !== null && zone === undefined && ZONE_TOKEN.test(tok)) {
      const next = tokens[i + 1];
      if (/^(gmt|utc?)$/i.test(tok) && next && /^[+-]\d/.test(next)) {
        zone = `${tok}${next}`; // "GMT +1"
        i++;
      } else zone = tok;
    } else if (zone !== undefined && (ZONE_TOKEN.test(tok) || /^\([a-z ]+\)$/i.test(tok))) {
      // "+0000 GMT", "-0500 (EST)": the first zone wins
    } else return null;
  }
  if (month === null || numbers.length !== 2) return null;
  let day: number | null = null;
  let year: number | null = null;
  for (const n of numbers) {
    if (n.length >= 3 && year === null) year = expandYear(n);
    else if (day === null && Number(n) >= 1 && Number(n) <= 31) day = Number(n);
    else if (year === null) year = expandYear(n);
  }
  if (day === null || year === null) return null;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  let hour = time ? Number(time[1]) : 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return toEpoch({
    year,
    month,
    day,
    hour,
    minute: time ? Number(time[2]) : 0,
    second: time?.[3] ? Number(time[3]) : 0,
    ms: fraction(time?.[4]),
    offset,
  });
}

/**
 * Epoch milliseconds for a feed's date text, or null when it is not a date. Text without a zone is
 * read as UTC (what feed readers do; the feed did not say). Never throws.
 */
export function parseFeedDate(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (s.length < 4 || s.length > 80) return null;
  try {
    return /^\d{4}(?:[-/]|\d{2}|$)/.test(s) ? parseIso(s) ?? parseRfc822(s) : parseRfc822(s);
  } catch {
    return null;
  }
}
