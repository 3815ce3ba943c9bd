import type { DatePoint } from './types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The `datetime` attribute of a `<time>` element for one end of a date, at
 * the precision the sources give: "2022", "2022-10" or "2022-10-12" (HTML's
 * year, month and date strings). A range's element carries its start.
 */
export function dateTimeAttribute(point: Pick<DatePoint, 'year' | 'month' | 'day' | 'precision'>): string {
  const year = pad(point.year, 4);
  if (point.precision === 'year' || point.month === undefined) return year;
  const month = `${year}-${pad(point.month, 2)}`;
  if (point.precision === 'month' || point.day === undefined) return month;
  return `${month}-${pad(point.day, 2)}`;
}
