/**
 * The messages between an embedded page (in its iframe) and the optional host script, checked by shape both ways
 * (and by origin and source window where they arrive). The timeline's place is its filters and the open event.
 */

export const messageType = 'two-fronts-embed';

export interface TimelineState {
  kind?: string;
  region?: string;
  event?: string;
}

/** From the embedded page: its content height, and for the timeline its place. */
export interface EmbedReport {
  type: typeof messageType;
  action: 'report';
  height: number;
  state?: TimelineState;
}

/** From the host page: show this place (restored from the host's URL). */
export interface EmbedShow {
  type: typeof messageType;
  action: 'show';
  state: TimelineState;
}

const token = /^[a-z0-9][a-z0-9-]{0,79}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A place with only known keys, each an id-like token, or undefined when it is anything else. */
export function parseState(value: unknown): TimelineState | undefined {
  if (!isRecord(value)) return undefined;
  const state: TimelineState = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key !== 'kind' && key !== 'region' && key !== 'event') return undefined;
    if (entry === undefined) continue;
    if (typeof entry !== 'string' || !token.test(entry)) return undefined;
    state[key] = entry;
  }
  return state;
}

export function parseReport(data: unknown): EmbedReport | undefined {
  if (!isRecord(data) || data.type !== messageType || data.action !== 'report') return undefined;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height < 0 || data.height > 100_000) return undefined;
  if (data.state === undefined) return { type: messageType, action: 'report', height: Math.ceil(data.height) };
  const state = parseState(data.state);
  return state ? { type: messageType, action: 'report', height: Math.ceil(data.height), state } : undefined;
}

export function parseShow(data: unknown): EmbedShow | undefined {
  if (!isRecord(data) || data.type !== messageType || data.action !== 'show') return undefined;
  const state = parseState(data.state);
  return state ? { type: messageType, action: 'show', state } : undefined;
}

/** The place as the host page's URL hash keeps it: `#two-fronts=kind.naval~event.2023-07-x` (readable, no escaping needed). */
export const hashKey = 'two-fronts';

export function stateToHash(state: TimelineState): string {
  const parts = (['kind', 'region', 'event'] as const).filter((key) => state[key]).map((key) => `${key}.${state[key]}`);
  return parts.length ? `${hashKey}=${parts.join('~')}` : '';
}

export function stateFromHash(hash: string): TimelineState | undefined {
  const match = new RegExp(`(?:^#?|[&#])${hashKey}=([^&#]*)`).exec(hash);
  if (!match) return undefined;
  const entries = match[1]!.split('~').filter(Boolean).map((part) => {
    const dot = part.indexOf('.');
    return [part.slice(0, dot), part.slice(dot + 1)];
  });
  return parseState(Object.fromEntries(entries));
}
