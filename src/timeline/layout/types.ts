/** What the timeline layouts read from events and milestones, and the spans they place. */
export type Precision = 'day' | 'month' | 'year';

/** The fields of an exercise that the layout needs. */
export interface TimelineEventInput {
  id: string;
  name: string;
  kind: string;
  start: string;
  end?: string;
  precision: Precision;
}

/** The fields of a context milestone that the layout needs. */
export interface MilestoneInput {
  id: string;
  date: string;
  precision: Precision;
  label: string;
  /** Written beside the rule in the wide chart instead of the label, when given. */
  shortLabel?: string;
}

/** An extent along one axis, in pixels: from start to end. */
export interface Span {
  start: number;
  end: number;
}
