/** Time scales: linear over the whole domain, or piecewise with a height of its own for each year. */
import { scaleUtc, type ScaleTime } from 'd3-scale';

export function timeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

/** A time scale whose years have their own heights (piecewise linear: linear within each year), starting at `top`. */
export function yearScale(yearStarts: readonly Date[], heights: readonly number[], top = 0): ScaleTime<number, number> {
  const range = [top];
  for (const height of heights) range.push(range.at(-1)! + height);
  return scaleUtc().domain(yearStarts.slice(0, heights.length + 1)).range(range);
}
