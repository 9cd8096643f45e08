/** The timeline's client script: wires its parts over one shared view and state (no d3 in the browser: positions come from the build). */
import { setupDeepLinks } from './deep-links.ts';
import { setupDetails } from './details.ts';
import { setupFilters } from './filters.ts';
import { setupMapLinks } from './map-links.ts';
import { setupNarrowFolding } from './narrow-folding.ts';
import { setupRovingFocus } from './roving.ts';
import { readView, type TimelineState } from './state.ts';
import { setupTableSort } from './table-sort.ts';
import { setupTooltip } from './tooltip.ts';
import { setupZoom } from './zoom.ts';

export function enhanceTimeline(doc: Document): void {
  const view = readView(doc);
  if (!view) return;
  const state: TimelineState = { currentId: '', openId: '', filters: new Map() };
  const zoom = setupZoom(view);
  const roving = setupRovingFocus(view, state, zoom);
  setupTooltip(view, zoom);
  const details = setupDetails(view, state, roving, zoom);
  setupMapLinks(view, roving, details);
  const filters = setupFilters(view, state, roving, details, setupNarrowFolding(view));
  setupTableSort(view);
  const deepLinks = setupDeepLinks(view, roving, details);
  filters.apply();
  deepLinks.openFromHash(true);
}
