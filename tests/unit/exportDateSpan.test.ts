import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/lib/export/dateSpan';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';

describe('dateSpan', () => {
  it.each([
    // EDTF, type, start, end (inclusive), precision, end precision, approximate, open end
    ['2010', 'point', '2010-01-01', '2010-12-31', 'year', 'year', false, false],
    ['2023-05', 'point', '2023-05-01', '2023-05-31', 'month', 'month', false, false],
    ['2024-02', 'point', '2024-02-01', '2024-02-29', 'month', 'month', false, false],
    ['2023-05-15', 'point', '2023-05-15', '2023-05-15', 'day', 'day', false, false],
    ['2023-05-15~', 'point', '2023-05-15', '2023-05-15', 'day', 'day', true, false],
    ['2022-10-12/2022-10-14', 'interval', '2022-10-12', '2022-10-14', 'day', 'day', false, false],
    ['2022-10/2023-03', 'interval', '2022-10-01', '2023-03-31', 'month', 'month', false, false],
    ['2022-06~/..', 'interval', '2022-06-01', null, 'month', null, true, true],
    ['[2024-04-14..2024-04-16]', 'oneOf', '2024-04-14', '2024-04-16', 'day', 'day', false, false]
  ])('%s covers %s from %s to %s', (edtf, type, start, end, precision, endPrecision, approximate, openEnd) => {
    expect(dateSpan(parseEventDate(edtf))).toMatchObject({ edtf, type, start, end, precision, endPrecision, approximate, openEnd });
  });

  it('keeps each end as the source gives it', () => {
    const span = dateSpan(parseEventDate('2022-06~/2023-05-16'));
    expect(span.from).toEqual({ edtf: '2022-06', precision: 'month', approximate: true, uncertain: false, firstDay: '2022-06-01', lastDay: '2022-06-30' });
    expect(span.to).toEqual({ edtf: '2023-05-16', precision: 'day', approximate: false, uncertain: false, firstDay: '2023-05-16', lastDay: '2023-05-16' });
    expect(dateSpan(parseEventDate('2022-06~/..')).to).toBeNull();
  });
});
