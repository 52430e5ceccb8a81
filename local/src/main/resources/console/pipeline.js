// The pipeline: objects, records by status, queued and dead-lettered messages, recent failures,
// ingestion sources; refreshed every few seconds while the view is open.
import { el, isId, when, announce } from './dom.js';
import { getJson, postJson, statusLabel } from './api.js';

const REFRESH_MS = 3000;

export function renderPipeline(main) {
  let alive = true;
  let timer = null;
  const updated = el('p', { class: 'summary', id: 'pipeline-updated' }, 'Loading…');
  const counts = el('div', { class: 'cards' });
  const redrive = el('button', { type: 'button', id: 'redrive', disabled: true }, 'Redrive dead letters');
  const deadLetters = el('div');
  const failures = el('div');
  const archives = el('div');
  const sources = el('div');
  main.append(el('h1', { tabindex: -1 }, 'Pipeline'), updated, counts,
    el('section', { 'aria-labelledby': 'dead-title' }, el('h2', { id: 'dead-title' }, 'Dead letters'),
      el('p', {}, 'Messages that failed five times. Redrive moves them back to the queue, to be processed again.'),
      redrive, deadLetters),
    el('section', { 'aria-labelledby': 'failures-title' }, el('h2', { id: 'failures-title' }, 'Recent failures'), failures),
    el('section', { 'aria-labelledby': 'archives-title' }, el('h2', { id: 'archives-title' }, 'Web archives'), archives),
    el('section', { 'aria-labelledby': 'sources-title' }, el('h2', { id: 'sources-title' }, 'Ingestion sources'), sources));

  redrive.addEventListener('click', async () => {
    redrive.disabled = true;
    try {
      const { redriven } = await postJson('/pipeline/redrive');
      announce(`${redriven} message${redriven === 1 ? '' : 's'} moved back to the queue`);
    } catch (error) {
      announce(`Redrive failed: ${error.message}`);
    }
    refresh();
  });

  async function refresh() {
    clearTimeout(timer);
    try {
      const report = await getJson('/pipeline');
      if (!alive) return;
      show(report);
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}; refreshes every ${REFRESH_MS / 1000} s.`;
      updated.classList.remove('error');
    } catch (error) {
      if (!alive) return;
      updated.textContent = `The pipeline could not be read: ${error.message}`;
      updated.classList.add('error');
    }
    if (alive) timer = setTimeout(refresh, REFRESH_MS);
  }

  function show(report) {
    const records = Object.entries(report.records ?? {});
    const total = records.reduce((sum, [, n]) => sum + n, 0);
    counts.replaceChildren(
      card('objects', 'Objects', report.objects),
      card('records', 'Records', total, records.map(([status, n]) =>
        el('li', { dataset: { status } }, el('span', {}, statusLabel(status)), ' ', el('strong', {}, String(n))))),
      card('queued', 'Queued messages', report.queued),
      card('dead-lettered', 'Dead-lettered', report.deadLettered));
    redrive.disabled = !(report.deadLettered > 0);

    deadLetters.replaceChildren(report.deadLetters?.length
      ? el('ul', { class: 'plain' }, report.deadLetters.map((d) => el('li', {},
        el('code', { dir: 'ltr' }, (d.keys ?? []).join(', ') || d.messageId), ' ', el('span', { class: 'hint' }, `sent ${when(d.sentAt)}`))))
      : el('p', { class: 'none' }, 'None.'));

    failures.replaceChildren(report.failures?.length ? table(['Object', 'Status', 'Reason', 'Processed'],
      report.failures.map((f) => [
        isId(f.id) ? el('a', { href: `/?view=record&id=${f.id}`, 'data-nav': true, dir: 'auto' }, f.key || f.id) : (f.key || ''),
        el('span', { class: `badge status-${String(f.status).toLowerCase()}` }, statusLabel(f.status)),
        el('span', { dir: 'auto' }, f.reason || ''),
        when(f.processedAt)]))
      : el('p', { class: 'none' }, 'None.'));

    archives.replaceChildren(report.archives?.length ? table(['Archive', 'State', 'Pages found', 'Processed', 'Skipped', 'Damaged'],
      report.archives.map((a) => [
        el('code', { dir: 'ltr' }, a.key || ''),
        a.state === 'DONE' ? (a.gone ? 'done (deleted while split)' : 'done') : a.state === 'SPLITTING' ? 'splitting…' : 'processing…',
        a.pagesFound ?? '…', String(a.processed ?? 0), a.skipped ?? '…', a.damaged ?? '…']))
      : el('p', { class: 'none' }, 'None yet: drop a .warc or .warc.gz on the articles view, or into the drop folder.'));

    sources.replaceChildren(report.sources?.length ? table(['Source', 'Last run', 'Last error', 'Next run'],
      report.sources.map((s) => [
        el('span', { dir: 'auto' }, s.name || s.id, s.enabled ? '' : ' (disabled)'),
        when(s.lastRunAt) || 'never',
        s.lastError ? el('span', { dir: 'auto', class: 'error' }, `${s.lastError} (${when(s.lastErrorAt)})`) : '—',
        when(s.nextRunAt) || '—']))
      : el('p', { class: 'none' }, 'No sources: start with --sources FILE to follow sites.'));
  }

  refresh();
  return () => {
    alive = false;
    clearTimeout(timer);
  };
}

function card(name, label, value, list) {
  return el('div', { class: 'card', id: `count-${name}` },
    el('span', { class: 'card-label' }, label),
    el('strong', { class: 'card-value' }, String(value ?? '–')),
    list ? el('ul', { class: 'plain by-status' }, list) : null);
}

function table(headings, rows) {
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c)))))));
}
