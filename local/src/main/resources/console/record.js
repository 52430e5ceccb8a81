// The record view: every field, the text in its language and direction, the sanitized HTML and the
// original page each in a sandboxed frame (no scripts, no forms, no top navigation, same-origin
// resources only), the credit, authors and dates highlighted.
import { el, safeHref, safeLang, safeDir, isId, when, announce } from './dom.js';
import { getJson, statusLabel, STATUSES } from './api.js';

/** Fields shown above the others, highlighted. */
const HIGHLIGHTS = [['credit', 'Credit'], ['authors', 'Authors'], ['publishedAt', 'Published'], ['modifiedAt', 'Modified']];
const URL_FIELDS = new Set(['url', 'canonicalUrl', 'bodyUrl']);
const BODY_FIELDS = new Set(['text', 'html']);

export function renderRecord(main, params) {
  let alive = true;
  const id = params.get('id');
  const heading = el('h1', { tabindex: -1 }, 'Record');
  main.append(el('p', { class: 'back' }, el('a', { href: '/', 'data-nav': true }, '← Articles')), heading);
  if (!isId(id)) {
    main.append(el('p', { class: 'error' }, 'A record id is 32 lower-case hex digits.'));
    return () => {};
  }
  const status = el('p', { class: 'summary' }, 'Loading…');
  main.append(status);
  getJson(`/articles/${id}`).then((record) => {
    if (!alive) return;
    status.remove();
    show(main, heading, record);
    document.title = `${record.title || id} · newsdrop console`;
  }).catch((error) => {
    if (!alive) return;
    status.textContent = `The record could not be loaded: ${error.message}`;
    status.classList.add('error');
  });
  return () => {
    alive = false;
    document.title = 'newsdrop console';
  };
}

function show(main, heading, record) {
  const lang = safeLang(record.language);
  const dir = safeDir(record.direction);
  heading.replaceChildren(el('span', { dir: 'auto', lang, class: 'record-title' }, record.title || '(no title)'));

  if (record.status !== 'EXTRACTED') {
    main.append(el('div', { class: `notice status-${String(record.status).toLowerCase()}`, role: 'note' },
      el('strong', {}, statusLabel(record.status), ': '),
      STATUSES[record.status]?.meaning ?? '',
      record.reason ? el('span', { class: 'reason' }, ' Reason: ', el('q', { dir: 'auto' }, record.reason)) : ''));
  }

  const copy = el('button', { type: 'button' }, 'Copy as JSON');
  copy.addEventListener('click', () => copyJson(record, copy));
  main.append(el('div', { class: 'actions' },
    // The raw page through the stack, fenced: opened from S3 directly, its scripts would run.
    el('a', { class: 'button secondary', href: `/articles/${record.id}/raw/sandboxed`, target: '_blank',
      rel: 'noopener noreferrer' }, 'Raw page'),
    el('a', { class: 'button secondary', href: `/articles/${record.id}`, target: '_blank', rel: 'noopener noreferrer' },
      'JSON'),
    copy));

  main.append(highlights(record));

  // Side by side: what was extracted, and the page it came from.
  const textPane = el('div', { class: 'pane-body text', lang, dir, id: 'record-text' }, paragraphs(record.text));
  const htmlFrame = el('iframe', { class: 'pane-body', title: 'The extracted HTML, rendered', sandbox: '',
    referrerpolicy: 'no-referrer', id: 'record-html', hidden: true });
  htmlFrame.srcdoc = framed(record.html, lang, dir);
  const tabs = el('div', { class: 'tabs', role: 'group', 'aria-label': 'Extracted content as' },
    tab('Text', textPane, true), tab('HTML', htmlFrame, false));
  const raw = el('iframe', { class: 'pane-body', id: 'record-raw', title: 'The original page, without scripts',
    sandbox: '', referrerpolicy: 'no-referrer', src: `/articles/${record.id}/raw/sandboxed` });
  main.append(el('div', { class: 'side-by-side' },
    el('section', { class: 'pane', 'aria-labelledby': 'pane-extracted' },
      el('div', { class: 'pane-head' }, el('h2', { id: 'pane-extracted' }, 'Extracted'), tabs),
      textPane, htmlFrame),
    el('section', { class: 'pane', 'aria-labelledby': 'pane-original' },
      el('div', { class: 'pane-head' }, el('h2', { id: 'pane-original' }, 'Original page'),
        el('span', { class: 'hint' }, 'scripts, forms and outside resources blocked')),
      raw)));

  main.append(el('h2', {}, 'All fields'), allFields(record));

  function tab(label, pane, selected) {
    const button = el('button', { type: 'button', class: 'tab', 'aria-pressed': String(selected) }, label);
    button.addEventListener('click', () => {
      for (const other of tabs.querySelectorAll('button')) other.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-pressed', 'true');
      textPane.hidden = pane !== textPane;
      htmlFrame.hidden = pane !== htmlFrame;
    });
    return button;
  }
}

function highlights(record) {
  const list = el('dl', { class: 'highlights' });
  for (const [name, label] of HIGHLIGHTS) {
    const value = record[name];
    let shown;
    if (Array.isArray(value)) shown = value.length ? value.map((v) => el('mark', { dir: 'auto' }, v)) : null;
    else if (name.endsWith('At')) shown = value ? el('mark', {}, el('time', { datetime: value }, when(value))) : null;
    else shown = value ? el('mark', { dir: 'auto' }, value) : null;
    list.append(el('div', { class: shown ? 'has' : 'none' }, el('dt', {}, label), el('dd', {}, shown ?? '—')));
  }
  return list;
}

/** The text, one paragraph per blank-line-separated block. */
function paragraphs(text) {
  if (!text) return [el('p', { class: 'none' }, 'No text.')];
  return text.split(/\n{2,}|\n/).filter((p) => p.trim()).map((p) => el('p', {}, p));
}

/**
 * The document for the HTML frame. The frame has sandbox="" (no scripts, an opaque origin) and
 * inherits the console's policy (no inline script, nothing from elsewhere): the sanitized HTML
 * renders, but nothing in it can run or reach the network.
 */
function framed(html, lang, dir) {
  const langAttr = lang ? ` lang="${lang}"` : '';
  return `<!doctype html><html${langAttr} dir="${dir}"><head><meta charset="utf-8">`
    + `<link rel="stylesheet" href="${location.origin}/console/frame.css"></head><body>${html || '<p>No HTML.</p>'}</body></html>`;
}

function allFields(record) {
  const table = el('table', { class: 'fields' });
  const body = el('tbody');
  for (const [name, value] of Object.entries(record)) {
    if (BODY_FIELDS.has(name)) {
      body.append(fieldRow(name, value == null ? '—' : `${String(value).length} characters (shown above)`));
      continue;
    }
    let shown;
    if (value === null || value === undefined) shown = el('span', { class: 'none' }, 'null');
    else if (URL_FIELDS.has(name)) {
      const href = safeHref(value);
      shown = href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, value) : String(value);
    } else if (typeof value === 'object') shown = el('pre', { dir: 'ltr' }, JSON.stringify(value, null, 2));
    else shown = el('span', { dir: 'auto' }, String(value));
    body.append(fieldRow(name, shown));
  }
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

function fieldRow(name, shown) {
  return el('tr', {}, el('th', { scope: 'row' }, name), el('td', {}, shown));
}

async function copyJson(record, button) {
  const json = JSON.stringify(record, null, 2);
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // No clipboard permission (an insecure context, a headless browser): copy through a selection.
    const area = el('textarea', { class: 'visually-hidden', readonly: true });
    area.value = json;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = 'Copied';
  announce('The record was copied as JSON');
  setTimeout(() => { button.textContent = 'Copy as JSON'; }, 2000);
}
