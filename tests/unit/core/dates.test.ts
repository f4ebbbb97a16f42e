import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/dates';

describe('parseDate', () => {
  it.each([
    ['Sun, 10 Oct 2021 00:00:00 GMT', '2021-10-10T00:00:00.000Z'],
    ['Thu, 09 Jun 2022 02:30:00 +0800', '2022-06-08T18:30:00.000Z'],
    ['2021-10-10T08:00:00+08:00', '2021-10-10T00:00:00.000Z'],
    ['2022-06-09T02:30:00Z', '2022-06-09T02:30:00.000Z'],
    ['2021-04-07 12:10:50', '2021-04-07T12:10:50'],
    ['2021/4/7', '2021-04-07'],
    ['2021年10月10日', '2021-10-10'],
    ['2021年10月10日 08:30', '2021-10-10T08:30:00'],
    ['October 10, 2021', '2021-10-10'],
  ])('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });
  it.each(['', 'hello 2021', '2021-13-01', '1634000000', '3 days ago'])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
