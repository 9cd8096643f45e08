/** Pure timeline layout (no DOM; runs in Node and the browser): dates to positions, kinds to lanes, overlaps to rows, labels without collisions. */
export * from './types.ts';
export * from './time.ts';
export * from './scales.ts';
export * from './stack.ts';
export * from './labels.ts';
export * from './ticks.ts';
export * from './lanes.ts';
export * from './horizontal.ts';
export * from './vertical.ts';
