import { afterEach, describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/dates';

describe('parseDate', () => {
  it.each([
    ['Sun, 10 Oct 2021 00:00:00 GMT', '2021-10-10T00:00:00.000Z'],
    ['2022-06-09T02:30:00Z', '2022-06-09T02:30:00.000Z'],
    ['2022-03-15T06:12:00.000Z', '2022-03-15T06:12:00.000Z'],
    ['2021-04-07 12:10:50', '2021-04-07T12:10:50'],
    ['2021/4/7', '2021-04-07'],
    ['2021年10月10日', '2021-10-10'],
    ['2021年10月10日 08:30', '2021-10-10T08:30:00'],
    ['October 10, 2021', '2021-10-10'],
    ['10 October 2021', '2021-10-10'],
    ['Oct. 10, 2021, 8:30 p.m.', '2021-10-10T20:30:00'],
  ])('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([
    // The site's own offset stays: a reader anywhere sees the day the site printed.
    ['2021-10-10T00:00:00+08:00', '2021-10-10T00:00:00+08:00'],
    ['2021-10-10T08:00:00+08:00', '2021-10-10T08:00:00+08:00'],
    ['2022-08-21 08:00:00 +0800', '2022-08-21T08:00:00+08:00'],
    ['2021-10-10T08:30+08', '2021-10-10T08:30:00+08:00'],
    ['2021-10-10T08:30:00.123-05:00', '2021-10-10T08:30:00.123-05:00'],
    ['2021-06-10T00:00:00+00:00', '2021-06-10T00:00:00+00:00'],
    ['Thu, 09 Jun 2022 02:30:00 +0800', '2022-06-09T02:30:00+08:00'],
    ['Sun, 10 Oct 2021 00:00:00 EST', '2021-10-10T00:00:00-05:00'],
    ['Mon Oct 11 2021 08:00:00 GMT+0800 (China Standard Time)', '2021-10-11T08:00:00+08:00'],
  ])('keeps the offset of %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['', 'hello 2021', '2021-13-01', '2021-02-30', '1634000000', '3 days ago', '1 Marketing 2021', '2021-10-10T24:00:00Z', '2021-10-10T08:00:00+25:00'])(
    'rejects %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  describe('on a machine in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['Asia/Shanghai', 'America/Los_Angeles'])('gives the same dates in %s (dates without a zone are read as written)', (tz) => {
      process.env.TZ = tz;
      // Node applies TZ as soon as it is set: the local calendar really is that zone's here.
      expect(new Date(2021, 9, 10).getTimezoneOffset()).not.toBe(0);
      expect(parseDate('October 10, 2021')).toBe('2021-10-10');
      expect(parseDate('Sun, 10 Oct 2021 00:00:00')).toBe('2021-10-10T00:00:00');
      expect(parseDate('Oct 10, 2021 8:30 PM')).toBe('2021-10-10T20:30:00');
      expect(parseDate('Sun, 10 Oct 2021 00:00:00 GMT')).toBe('2021-10-10T00:00:00.000Z');
      expect(parseDate('2021-10-10T00:00:00+08:00')).toBe('2021-10-10T00:00:00+08:00');
    });
  });
});
