/**
 * A linear map between UTC time (ms) and pixels, with just the surface
 * d3-zoom's `transform.rescaleX` needs (call, domain, range, invert, copy).
 * It replaces d3-scale's scaleUtc, whose interpolators, number and date
 * formatting add 13 KB gzip to the page; ticks come from ticks.ts instead.
 */
export interface TimeScale {
  (time: number | Date): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  invert(px: number): number;
  copy(): TimeScale;
}

/** A time scale from `domain` (UTC ms or Dates) onto `range` (px). */
export function timeScale(domain: readonly (number | Date)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
  let d0 = +domain[0];
  let d1 = +domain[1];
  let r0 = range[0];
  let r1 = range[1];

  const scale = ((time: number | Date) => {
    const span = d1 - d0;
    return span ? r0 + ((+time - d0) / span) * (r1 - r0) : (r0 + r1) / 2;
  }) as TimeScale;

  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [d0, d1];
    d0 = +next[0];
    d1 = +next[1];
    return scale;
  }) as TimeScale['domain'];

  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    r0 = next[0];
    r1 = next[1];
    return scale;
  }) as TimeScale['range'];

  scale.invert = (px: number) => {
    const span = r1 - r0;
    return span ? d0 + ((px - r0) / span) * (d1 - d0) : (d0 + d1) / 2;
  };

  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}
