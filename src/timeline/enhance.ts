/** The timeline's client script: filters and highlights from the URL, zoom and pan, keyboard movement, tooltip, details panel, table sorting. */

const maxZoom = 16;

export function enhanceTimeline(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-timeline]');
  if (!root) return;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const $$ = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const controls = $<HTMLFormElement>('[data-timeline-controls]');
  const chartWrap = $<HTMLElement>('[data-timeline-chart]');
  const tooltip = $<HTMLElement>('[data-timeline-tooltip]');
  const details = $<HTMLElement>('[data-timeline-details]');
  const count = $<HTMLElement>('[data-timeline-count]');
  const wide = $<SVGSVGElement>('.tl-wide');
  const table = $<HTMLTableElement>('.tl-table');
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const places = $$<SVGGElement>('.tl-place');
  const eventLinks = $$<SVGAElement>('.tl-event');
  /** Time order: the table is rendered in it. */
  const order = rows.map((row) => row.dataset.id!);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const scrollBehavior = (): ScrollBehavior => (reduceMotion.matches ? 'instant' : 'smooth');

  const elementsOf = (id: string) => [...eventLinks.filter((el) => el.dataset.id === id), ...rows.filter((row) => row.dataset.id === id)];
  const placesOf = (id: string) => places.filter((place) => place.dataset.events!.split(' ').includes(id));
  const isShown = (el: Element) => el.getClientRects().length > 0;
  const visibleLink = (id: string) => eventLinks.find((el) => el.dataset.id === id && isShown(el));

  // ——— Filters and highlights, kept in the query string so a view can be shared. ———
  const params = new URL(location.href).searchParams;
  const kindSelect = controls.elements.namedItem('kind') as HTMLSelectElement;
  const regionSelect = controls.elements.namedItem('region') as HTMLSelectElement;
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(kindSelect, params.get('kind'));
  pick(regionSelect, params.get('region'));
  const highlighted = new Set((params.get('events') ?? '').split(',').filter((id) => order.includes(id)));
  for (const id of highlighted) {
    for (const el of [...elementsOf(id), ...placesOf(id)]) el.classList.add('is-linked');
  }

  const matches = (el: HTMLElement | SVGElement) =>
    (!kindSelect.value || el.dataset.kind === kindSelect.value) &&
    (!regionSelect.value || el.dataset.regions!.split(' ').includes(regionSelect.value));
  const shownIds = () => order.filter((id) => matches(rows.find((row) => row.dataset.id === id)!));

  function applyFilters(): void {
    for (const el of [...eventLinks, ...rows]) el.classList.toggle('is-filtered-out', !matches(el));
    const shown = new Set(shownIds());
    for (const place of places) place.classList.toggle('is-filtered-out', !place.dataset.events!.split(' ').some((id) => shown.has(id)));
    count.textContent = `${shown.size} of ${order.length} events shown`;
    if (openId && !shown.has(openId)) closeDetails(false);
    const firstShown = [...shown][0];
    if (!shown.has(currentId) && firstShown) setCurrent(firstShown);
  }

  function syncUrl(): void {
    const url = new URL(location.href);
    for (const [key, select] of [['kind', kindSelect], ['region', regionSelect]] as const) {
      if (select.value) url.searchParams.set(key, select.value);
      else url.searchParams.delete(key);
    }
    url.hash = openId ? openId : '';
    history.replaceState(null, '', url.href.replace(/#$/, ''));
    // An embedded timeline reports its place to the host page (src/embed/bridge.ts).
    controls.dispatchEvent(new CustomEvent('timeline-state', { bubbles: true }));
  }

  controls.classList.remove('is-pending');
  controls.addEventListener('submit', (event) => event.preventDefault());
  controls.addEventListener('change', () => {
    applyFilters();
    syncUrl();
  });

  // ——— Roving focus: one tab stop for the chart; arrows move in time order. ———
  let currentId = order.find((id) => highlighted.has(id)) ?? order[0] ?? '';
  function setCurrent(id: string): void {
    currentId = id;
    for (const el of eventLinks) {
      el.setAttribute('tabindex', el.dataset.id === id ? '0' : '-1');
      el.classList.toggle('is-current', el.dataset.id === id);
    }
    for (const place of places) place.classList.toggle('is-active', placesOf(id).includes(place));
  }
  setCurrent(currentId);

  function move(from: string, step: number | 'first' | 'last'): void {
    const ids = shownIds();
    if (!ids.length) return;
    const index = ids.indexOf(from);
    const target = (step === 'first' ? ids[0] : step === 'last' ? ids.at(-1) : ids[Math.min(ids.length - 1, Math.max(0, index + step))])!;
    setCurrent(target);
    const link = visibleLink(target);
    if (!link) return;
    panTo(link);
    link.focus();
    link.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: scrollBehavior() });
  }

  const keySteps: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
  chartWrap.addEventListener('keydown', (event) => {
    const link = (event.target as Element).closest<SVGAElement>('.tl-event');
    if (!link) return;
    const step = keySteps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(link.dataset.id!, step);
    } else if (event.key === 'Escape') {
      closeDetails(false);
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      zoomBy(event.key === '-' ? 0.5 : 2);
    }
  });
  chartWrap.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<SVGAElement>('.tl-event');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (dragged) return;
    setCurrent(link.dataset.id!);
    openDetails(link.dataset.id!);
  });

  // ——— Details on hover and focus. ———
  function showTooltip(link: SVGAElement): void {
    const box = link.querySelector('.tl-hit')!.getBoundingClientRect();
    const wrap = chartWrap.getBoundingClientRect();
    tooltip.textContent = link.getAttribute('aria-label');
    tooltip.hidden = false;
    const left = Math.min(Math.max(0, box.left - wrap.left), Math.max(0, wrap.width - tooltip.offsetWidth));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom - wrap.top + 4}px`;
  }
  tooltip.setAttribute('aria-hidden', 'true');
  const hideTooltip = () => (tooltip.hidden = true);
  chartWrap.addEventListener('focusin', (event) => {
    const link = (event.target as Element).closest<SVGAElement>('.tl-event');
    if (!link) return;
    setCurrent(link.dataset.id!);
    showTooltip(link);
  });
  chartWrap.addEventListener('focusout', hideTooltip);
  chartWrap.addEventListener('pointerover', (event) => {
    const link = (event.target as Element).closest<SVGAElement>('.tl-event');
    if (link && !panning) showTooltip(link);
  });
  chartWrap.addEventListener('pointerleave', hideTooltip);

  // ——— The details panel: a real section, filled from the event's server-rendered template. ———
  let openId = '';
  const detailsTitle = $<HTMLElement>('[data-details-title]');
  const detailsBody = $<HTMLElement>('[data-details-body]');
  const detailsPage = $<HTMLAnchorElement>('[data-details-page]');

  function openDetails(id: string, options: { scroll?: ScrollBehavior } = {}): void {
    const template = doc.getElementById(`details-${id}`) as HTMLTemplateElement | null;
    if (!template) return;
    openId = id;
    detailsTitle.textContent = template.dataset.name!;
    detailsBody.replaceChildren(template.content.cloneNode(true));
    detailsPage.href = `/timeline/${id}/`;
    detailsPage.textContent = `Open the page of ${template.dataset.name}`;
    details.hidden = false;
    for (const el of [...eventLinks, ...rows]) el.classList.toggle('is-open', el.dataset.id === id);
    count.textContent = `Details of ${template.dataset.name} shown below the chart`;
    syncUrl();
    if (options.scroll) {
      const link = visibleLink(id);
      if (link) {
        panTo(link);
        link.scrollIntoView({ block: 'center', behavior: options.scroll });
      }
    }
  }

  function closeDetails(returnFocus: boolean): void {
    if (!openId) return;
    const id = openId;
    openId = '';
    details.hidden = true;
    for (const el of [...eventLinks, ...rows]) el.classList.remove('is-open');
    count.textContent = `${shownIds().length} of ${order.length} events shown`;
    syncUrl();
    if (returnFocus) visibleLink(id)?.focus();
  }
  $('[data-details-close]').addEventListener('click', () => closeDetails(true));
  details.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDetails(true);
  });

  // ——— Zoom and pan of the wide chart (positions were computed at build time; only x is rescaled). ———
  const plotX0 = Number(wide.dataset.plotX0);
  const plotX1 = Number(wide.dataset.plotX1);
  let k = 1;
  let tx = 0;
  let panning = false;
  let dragged = false;
  const scaleX = (x: number) => plotX0 + (x - plotX0) * k + tx;
  const wideEvents = eventLinks.filter((el) => el.closest('.tl-wide'));
  const positioned = wideEvents.map((el) => ({ el, pos: el.querySelector<SVGGElement>('.tl-pos')! }));
  const baseY = new Map(positioned.map(({ pos }) => [pos, /,([-\d.]+)\)/.exec(pos.getAttribute('transform')!)![1]]));
  const zoomButtons = $$<HTMLButtonElement>('[data-zoom]');

  function render(): void {
    tx = Math.min(0, Math.max((plotX1 - plotX0) * (1 - k), tx));
    for (const { el, pos } of positioned) {
      const x0 = scaleX(Number(el.dataset.x0));
      const width = scaleX(Number(el.dataset.x1)) - x0;
      const hit = Math.max(24, width);
      pos.setAttribute('transform', `translate(${x0.toFixed(1)},${baseY.get(pos)})`);
      el.querySelector('.tl-bar')?.setAttribute('width', width.toFixed(1));
      const hitRect = el.querySelector('.tl-hit')!;
      hitRect.setAttribute('x', ((width - hit) / 2).toFixed(1));
      hitRect.setAttribute('width', hit.toFixed(1));
      el.querySelector('.tl-label')?.setAttribute('x', ((width + hit) / 2 + 3).toFixed(1));
    }
    for (const el of wide.querySelectorAll<SVGGElement>('.tl-tick, .tl-milestone')) {
      el.setAttribute('transform', `translate(${scaleX(Number(el.dataset.x)).toFixed(1)},0)`);
    }
    wide.classList.toggle('is-zoomed', k > 1);
    zoomButtons.forEach((button) => {
      button.disabled = button.dataset.zoom === 'in' ? k >= maxZoom : k <= 1;
    });
  }

  function zoomBy(factor: number, atX = (plotX0 + plotX1) / 2): void {
    const next = Math.min(maxZoom, Math.max(1, k * factor));
    // Keep the time under atX where it is.
    tx = atX - plotX0 - ((atX - plotX0 - tx) * next) / k;
    k = next;
    render();
  }

  function panTo(link: SVGAElement): void {
    if (k === 1 || !link.closest('.tl-wide')) return;
    const x = scaleX(Number(link.dataset.x0));
    if (x < plotX0 || x > plotX1) {
      tx += (plotX0 + plotX1) / 2 - x;
      render();
    }
  }

  zoomButtons.forEach((button) =>
    button.addEventListener('click', () => {
      if (button.dataset.zoom === 'reset') {
        k = 1;
        tx = 0;
        render();
      } else zoomBy(button.dataset.zoom === 'in' ? 2 : 0.5);
    }),
  );
  const svgX = (clientX: number) => {
    const box = wide.getBoundingClientRect();
    return ((clientX - box.left) / box.width) * wide.viewBox.baseVal.width;
  };
  wide.addEventListener(
    'wheel',
    (event) => {
      // Only a pinch or Ctrl+wheel zooms: plain wheel keeps scrolling the page.
      if (!event.ctrlKey) return;
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.25 : 0.8, svgX(event.clientX));
    },
    { passive: false },
  );
  let dragStart = 0;
  let dragTx = 0;
  wide.addEventListener('pointerdown', (event) => {
    if (k === 1 || event.button !== 0) return;
    panning = true;
    dragged = false;
    dragStart = svgX(event.clientX);
    dragTx = tx;
    wide.setPointerCapture(event.pointerId);
  });
  wide.addEventListener('pointermove', (event) => {
    if (!panning) return;
    const dx = svgX(event.clientX) - dragStart;
    if (Math.abs(dx) > 3) dragged = true;
    tx = dragTx + dx;
    render();
  });
  const endPan = () => {
    panning = false;
    setTimeout(() => (dragged = false));
  };
  wide.addEventListener('pointerup', endPan);
  wide.addEventListener('pointercancel', endPan);
  render();

  // ——— Sortable table: buttons in the column headers, aria-sort on the sorted column. ———
  const headers = [...table.tHead!.rows[0]!.cells];
  for (const header of headers) {
    const button = header.querySelector('button')!;
    button.disabled = false;
    button.addEventListener('click', () => {
      const key = header.dataset.sortKey!;
      const numeric = header.dataset.sortType === 'number';
      const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const sign = direction === 'ascending' ? 1 : -1;
      const value = (row: HTMLTableRowElement) => row.dataset[`sort${key.charAt(0).toUpperCase()}${key.slice(1)}`] ?? '';
      const sorted = [...rows].sort((a, b) => {
        const byKey = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return sign * byKey || order.indexOf(a.dataset.id!) - order.indexOf(b.dataset.id!);
      });
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      body.append(...sorted);
    });
  }

  // ——— Deep links: /timeline/#<id> opens that event. ———
  // Without script, /timeline/#<id> lands on the table row; with it, the chart is the target, so the rows give up their ids
  // (and the site's fragment-arrival script, if it ran first, lets go of the row it marked).
  for (const row of rows) {
    row.removeAttribute('id');
    row.classList.remove('is-highlighted');
  }
  let arriving = true;
  const openFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (order.includes(id)) {
      setCurrent(id);
      // On arrival jump straight there (the browser has already jumped to the table row of that id).
      openDetails(id, { scroll: arriving ? 'instant' : scrollBehavior() });
    }
  };
  addEventListener('hashchange', openFromHash);
  applyFilters();
  openFromHash();
  arriving = false;
}
