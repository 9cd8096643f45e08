/**
 * Client script: the article figure's scroll region is a Tab stop (so a keyboard can scroll the chart) only while the
 * chart is wider than the column; where it fits, the stop would do nothing. Without JavaScript it stays a stop.
 */
for (const region of document.querySelectorAll<HTMLElement>('.tl-figure-scroll')) {
  new ResizeObserver(() => {
    region.tabIndex = region.scrollWidth > region.clientWidth ? 0 : -1;
  }).observe(region);
}
