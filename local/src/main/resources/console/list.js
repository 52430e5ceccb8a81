// The articles list: newest first, filtered by the address's query, paged with the API's cursor.
import { el, clear, safeLang, isId, when, announce } from './dom.js';
import { getJson, statusLabel, STATUSES } from './api.js';
import { dropZone } from './drop.js';

const FILTERS = ['site', 'lang', 'status', 'since', 'until', 'title'];
const PAGE_SIZE = 25;

export function renderList(main, params, { navigate }) {
  let alive = true;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));
  const limit = /^\d+$/.test(params.get('limit') ?? '') ? Math.min(100, Math.max(1, Number(params.get('limit')))) : PAGE_SIZE;

  const rows = el('tbody');
  const more = el('button', { type: 'button', class: 'more', hidden: true }, 'More articles');
  const summary = el('p', { class: 'summary', id: 'list-summary' });
  let cursor = null;

  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter articles' },
    field('title', 'Title contains', el('input', { type: 'search', name: 'title', value: filters.title, dir: 'auto' })),
    field('site', 'Site', el('input', { type: 'text', name: 'site', value: filters.site, placeholder: 'example.com',
      autocomplete: 'off', spellcheck: 'false' })),
    field('lang', 'Language', el('input', { type: 'text', name: 'lang', value: filters.lang, placeholder: 'ar',
      size: 6, autocomplete: 'off', spellcheck: 'false' })),
    field('status', 'Status', statusSelect(filters.status)),
    field('since', 'From', el('input', { type: 'date', name: 'since', value: day(filters.since) })),
    field('until', 'To', el('input', { type: 'date', name: 'until', value: day(filters.until) })),
    el('div', { class: 'filter-actions' },
      el('button', { type: 'submit' }, 'Filter'),
      el('a', { href: '/', 'data-nav': true, class: 'button secondary' }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(new FormData(form).get(name) ?? '').trim();
      if (value) query.set(name, value);
    }
    if (limit !== PAGE_SIZE) query.set('limit', String(limit));
    const search = query.toString();
    navigate(search ? `/?${search}` : '/');
  });

  main.append(
    el('h1', { tabindex: -1 }, 'Articles'),
    dropZone({ onProcessed: () => { if (alive) reload(); } }),
    form,
    summary,
    el('div', { class: 'table-wrap' },
      el('table', { class: 'articles', 'aria-describedby': 'list-summary' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Title'), el('th', { scope: 'col' }, 'Site'),
          el('th', { scope: 'col' }, 'Language'), el('th', { scope: 'col' }, 'Date'),
          el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col', class: 'num' }, 'Words'))),
        rows)),
    more);

  more.addEventListener('click', () => load(false));

  async function load(first) {
    const query = new URLSearchParams({ limit: String(limit) });
    for (const name of FILTERS) if (filters[name]) query.set(name, filters[name]);
    // A day in "To" means the whole day: the API reads a bare day as its first second.
    if (/^\d{4}-\d{2}-\d{2}$/.test(filters.until)) query.set('until', `${filters.until}T23:59:59Z`);
    if (!first && cursor) query.set('cursor', cursor);
    more.disabled = true;
    try {
      const page = await getJson(`/articles?${query}`);
      if (!alive) return;
      if (first) clear(rows);
      page.items.forEach((record) => rows.append(row(record)));
      cursor = page.nextCursor;
      more.hidden = !cursor;
      const count = rows.children.length;
      summary.textContent = count === 0 ? 'No articles match.' : `${count} article${count === 1 ? '' : 's'} shown${cursor ? ', more below' : ''}.`;
      announce(summary.textContent);
    } catch (error) {
      if (!alive) return;
      summary.textContent = `The list could not be loaded: ${error.message}`;
      summary.classList.add('error');
    } finally {
      more.disabled = false;
    }
  }

  function reload() {
    cursor = null;
    load(true);
  }

  load(true);
  return () => { alive = false; };
}

function field(name, label, control) {
  control.id = `filter-${name}`;
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control);
}

function statusSelect(current) {
  const select = el('select', { name: 'status' }, el('option', { value: '' }, 'Any'));
  for (const [value, { label }] of Object.entries(STATUSES)) {
    select.append(el('option', { value, selected: value === current }, label));
  }
  return select;
}

function day(value) {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

/** One article: its title links to its record, in its own language and direction. */
export function row(record) {
  const lang = safeLang(record.language);
  const title = record.title || '(no title)';
  const link = isId(record.id)
    ? el('a', { href: `/?view=record&id=${record.id}`, 'data-nav': true, dir: 'auto', lang, class: 'title' }, title)
    : el('span', { dir: 'auto', lang, class: 'title' }, title);
  return el('tr', { dataset: { id: String(record.id), status: String(record.status) } },
    el('td', {}, link),
    el('td', { dir: 'auto' }, record.siteName || hostOf(record.url) || ''),
    el('td', {}, record.language || ''),
    el('td', {}, el('time', { datetime: record.publishedAt || record.processedAt || null },
      when(record.publishedAt || record.processedAt))),
    el('td', {}, el('span', { class: `badge status-${String(record.status).toLowerCase()}` }, statusLabel(record.status))),
    el('td', { class: 'num' }, String(record.wordCount ?? '')));
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
