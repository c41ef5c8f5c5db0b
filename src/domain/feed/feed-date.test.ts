import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-date';

const utc = (s: string) => Date.parse(s);

describe('parseFeedDate: RFC 822 / 1123', () => {
  it.each([
    ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan 2004 19:48:21 UT', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan 2004 19:48:21 UTC', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan 2004 19:48:21 Z', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Fri, 01 Jan 99 19:48:21 GMT', '1999-01-01T19:48:21Z'],
    ['Thu, 01 Jan 2004 19:48 GMT', '2004-01-01T19:48:00Z'],
    ['01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Mon, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'], // wrong weekday
    ['Thu, 1 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Thu,01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Thursday, 01 January 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan. 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['thu, 01 jan 2004 19:48:21 gmt', '2004-01-01T19:48:21Z'],
    ['Thu, 01 Jan 2004', '2004-01-01T00:00:00Z'],
    ['Thu, 01 Jan 2004 19:48:21', '2004-01-01T19:48:21Z'],
  ])('%s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(utc(expected));
  });

  it.each([
    ['EST', '-05:00'], ['EDT', '-04:00'], ['CST', '-06:00'], ['CDT', '-05:00'],
    ['MST', '-07:00'], ['MDT', '-06:00'], ['PST', '-08:00'], ['PDT', '-07:00'],
    ['+0100', '+01:00'], ['-0530', '-05:30'], ['+01:00', '+01:00'], ['+05', '+05:00'],
    ['GMT+0200', '+02:00'], ['+0000 GMT', '+00:00'], ['-0500 (EST)', '-05:00'],
  ])('zone %s', (zone, offset) => {
    expect(parseFeedDate(`Thu, 01 Jan 2004 19:48:21 ${zone}`)).toBe(utc(`2004-01-01T19:48:21${offset}`));
  });

  it('reads RFC 822 military zones as that RFC writes them', () => {
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 A')).toBe(utc('2004-01-01T19:48:21-01:00'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 M')).toBe(utc('2004-01-01T19:48:21-12:00'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 N')).toBe(utc('2004-01-01T19:48:21+01:00'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 Y')).toBe(utc('2004-01-01T19:48:21+12:00'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 J')).toBeNull();
  });

  it('reads common slips in the order of parts', () => {
    expect(parseFeedDate('Thu Jan  1 19:48:21 2004')).toBe(utc('2004-01-01T19:48:21Z')); // asctime
    expect(parseFeedDate('Jan 1 2004 7:48 PM EST')).toBe(utc('2004-01-01T19:48:00-05:00'));
    expect(parseFeedDate('Jan 1, 2004 12:05am')).toBe(utc('2004-01-01T00:05:00Z'));
    expect(parseFeedDate('01-Jan-2004 19:48:21 +0000')).toBe(utc('2004-01-01T19:48:21Z'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21Z')).toBe(utc('2004-01-01T19:48:21Z'));
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21.250 GMT')).toBe(utc('2004-01-01T19:48:21.250Z'));
    expect(parseFeedDate('  Thu, 01 Jan 2004\n 19:48:21 GMT ')).toBe(utc('2004-01-01T19:48:21Z'));
  });

  it('treats an unknown zone name as UTC (RFC 2822 §4.3)', () => {
    expect(parseFeedDate('Thu, 01 Jan 2004 19:48:21 XYZ')).toBe(utc('2004-01-01T19:48:21Z'));
  });
});

describe('parseFeedDate: ISO 8601 / W3CDTF', () => {
  it.each([
    ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55Z'],
    ['2003-12-31T10:14:55.123Z', '2003-12-31T10:14:55.123Z'],
    ['2003-12-31T10:14:55.1234567Z', '2003-12-31T10:14:55.123Z'],
    ['2003-12-31T10:14:55+01:00', '2003-12-31T09:14:55Z'],
    ['2003-12-31T10:14:55-0500', '2003-12-31T15:14:55Z'],
    ['2003-12-31T10:14Z', '2003-12-31T10:14:00Z'],
    ['2003-12-31T10:14+01:00', '2003-12-31T09:14:00Z'],
    ['2003-12-31T10:14:55', '2003-12-31T10:14:55Z'],
    ['2003-12-31 10:14:55', '2003-12-31T10:14:55Z'],
    ['2003-12-31t10:14:55z', '2003-12-31T10:14:55Z'],
    ['2003-12-31', '2003-12-31T00:00:00Z'],
    ['2003-12', '2003-12-01T00:00:00Z'],
    ['2003', '2003-01-01T00:00:00Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55Z'],
    ['2003/12/31', '2003-12-31T00:00:00Z'],
    ['2003-12-31T23:59:60Z', '2003-12-31T23:59:59Z'],
    ['2003-12-31T10:14:55 EST', '2003-12-31T15:14:55Z'],
  ])('%s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(utc(expected));
  });
});

describe('parseFeedDate: garbage', () => {
  it.each([
    '', 'soon', 'not a date at all', 'Thu, 31 Jun 2004 19:48:21 GMT', '2003-13-01', '2003-02-30', '2003-12-31T25:00:00Z',
    'Thu, 01 Foo 2004 19:48:21 GMT', '2003-12-31T10:14:55+25:00', 'Thu, 01 Jan 2004 19:61:21 GMT', '12345678901234567890',
    'Jan 2004', '1/2/2004', 'x'.repeat(10_000),
  ])('%j → null', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('is null for non-strings', () => {
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate(42)).toBeNull();
  });

  it('is quick on long adversarial text', () => {
    const start = performance.now();
    for (let i = 0; i < 200; i++) parseFeedDate(`${'1:'.repeat(39)}1`);
    parseFeedDate(`Thu, ${'01 '.repeat(25)}`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
