// Drop: pages dragged onto the zone (or picked) go to POST /articles, one after another; each shows
// what became of it: its record once processed, or the API's problem detail in words. Web archives
// (.warc, .warc.gz) go through POST /uploads to a presigned link, and show their pages found and
// processed (GET /pipeline) until every page is a record.
import { el, isId, announce } from './dom.js';
import { problemOf, getJson, statusLabel } from './api.js';

/** The most a compressed page may expand to here; the API refuses far smaller pages with its own detail. */
const MAX_EXPANDED = 32 * 1024 * 1024;
const PAGE = /\.(html?|xhtml)$/i;
const GZIPPED_PAGE = /\.(html?|xhtml)\.gz$/i;
const ARCHIVE = /\.warc(\.gz)?$/i;
const POLL_MS = 400;
const POLL_FOR_MS = 90_000;

export function dropZone({ onProcessed }) {
  // Out of the tab order: the 'pick files' label is the keyboard's way in (Enter or Space opens the picker).
  const input = el('input', { type: 'file', id: 'drop-files', multiple: true, accept: '.html,.htm,.xhtml,.gz,.warc,text/html', tabindex: -1,
    class: 'visually-hidden' });
  const results = el('ul', { class: 'drop-results', 'aria-live': 'polite' });
  const zone = el('section', { class: 'drop', 'aria-labelledby': 'drop-title' },
    el('h2', { id: 'drop-title' }, 'Drop pages'),
    el('p', {}, 'Drag .html, .htm or .html.gz files, or web archives (.warc, .warc.gz), here, or ',
      el('label', { for: 'drop-files', class: 'button', tabindex: 0 }, 'pick files'),
      '. A page is sent to POST /articles, an archive uploaded through POST /uploads; each page appears in the list once processed.'),
    input, results);

  input.addEventListener('change', () => {
    submitAll([...input.files]);
    input.value = '';
  });
  // The label acts as a button for the keyboard too.
  zone.querySelector('label.button').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.click();
    }
  });
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    submitAll([...(event.dataTransfer?.files ?? [])]);
  });

  async function submitAll(files) {
    for (const file of files) {
      const state = el('span', { class: 'state' }, 'sending…');
      const item = el('li', { dataset: { file: file.name } }, el('span', { class: 'name', dir: 'auto' }, file.name), ' ', state);
      results.prepend(item);
      try {
        if (ARCHIVE.test(file.name)) {
          const archive = await submitArchive(file, state, onProcessed);
          item.dataset.status = 'ARCHIVE';
          item.dataset.pages = String(archive.pagesFound);
          state.replaceChildren(el('span', { class: 'badge status-archive' }, 'Archive'), ' ', archiveProgress(archive));
          announce(`${file.name}: ${archiveProgress(archive)}`);
          onProcessed();
          continue;
        }
        const record = await submit(file, state);
        item.dataset.status = record.status;
        state.replaceChildren(el('span', { class: `badge status-${String(record.status).toLowerCase()}` },
          statusLabel(record.status)), ' ',
        isId(record.id) ? el('a', { href: `/?view=record&id=${record.id}`, 'data-nav': true, dir: 'auto' },
          record.title || '(no title)') : '');
        announce(`${file.name}: ${statusLabel(record.status)}`);
        onProcessed();
      } catch (error) {
        item.dataset.status = 'refused';
        state.replaceChildren(el('span', { class: 'refused' }, `refused: ${error.message}`));
        announce(`${file.name} refused: ${error.message}`);
      }
    }
  }

  return zone;
}

/**
 * Uploads a web archive through a presigned link (POST /uploads {"archive": true}), then follows its
 * split and its pages' processing in GET /pipeline until every page found is processed. Answers the
 * archive's last progress entry; throws an Error saying why when refused or stuck.
 */
async function submitArchive(file, state, onProgress) {
  const created = await fetch('/uploads', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ archive: true }) });
  if (!created.ok) throw await problemOf(created);
  const slot = await created.json();
  state.textContent = 'uploading…';
  let put;
  try {
    put = await fetch(slot.uploadUrl, { method: slot.method || 'PUT',
      headers: { ...(slot.headers ?? {}), 'Content-Type': 'application/warc' }, body: file });
  } catch {
    throw new Error('the upload link could not be reached');
  }
  if (!put.ok) throw new Error(`the upload was refused (HTTP ${put.status})`);
  state.textContent = 'waiting for the splitter…';
  const deadline = Date.now() + POLL_FOR_MS;
  let handed = false;
  let lastProcessed = -1;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (!handed) {
      const upload = await getJson(slot.location);
      if (upload.state === 'PROCESSED') throw new Error('it was processed as a page, not a web archive');
      handed = upload.state === 'ARCHIVE';
      continue;
    }
    const entry = ((await getJson('/pipeline')).archives ?? []).find((a) => a.key === slot.key);
    if (!entry) continue;
    state.textContent = archiveProgress(entry);
    if (entry.processed !== lastProcessed) {
      lastProcessed = entry.processed;
      onProgress(); // the pages processed so far appear in the list
    }
    if (entry.state === 'DONE') return entry;
  }
  throw new Error('the archive was not processed within ' + POLL_FOR_MS / 1000 + ' s; see the pipeline view');
}

/** An archive's progress in words. */
function archiveProgress(entry) {
  if (entry.state === 'SPLITTING') return `splitting… ${entry.processed} pages processed so far`;
  const found = `${entry.pagesFound} page${entry.pagesFound === 1 ? '' : 's'} found`;
  const skipped = entry.skipped ? `, ${entry.skipped} other records skipped` : '';
  const damaged = entry.damaged ? `, ${entry.damaged} damaged` : '';
  return `${found}, ${entry.processed} processed${skipped}${damaged}${entry.gone ? ' (deleted while split)' : ''}`;
}

/** Sends one file and waits for its record. Throws an Error whose message says why it was refused. */
async function submit(file, state) {
  let body = file;
  let type = PAGE.test(file.name) ? 'text/html' : file.type || 'application/octet-stream';
  if (GZIPPED_PAGE.test(file.name)) {
    body = await gunzip(file);
    type = 'text/html';
  }
  const response = await fetch('/articles', { method: 'POST', headers: { 'Content-Type': type }, body });
  if (!response.ok) throw await problemOf(response);
  const answer = await response.json();
  if (response.status === 201) return answer;
  state.textContent = 'processing…';
  const deadline = Date.now() + POLL_FOR_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const poll = await fetch(`/articles/${answer.id}`, { cache: 'no-store' });
    if (poll.ok) return poll.json();
    if (poll.status !== 404) throw await problemOf(poll);
  }
  return getJson(`/articles/${answer.id}`); // one last look: its error says what is missing
}

/** The expanded bytes of a gzip file, refusing to expand past MAX_EXPANDED. */
async function gunzip(file) {
  if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot expand .gz files');
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_EXPANDED) {
        await reader.cancel();
        throw new Error(`it expands beyond ${MAX_EXPANDED / 1024 / 1024} MB`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof TypeError) throw new Error('it is not valid gzip');
    throw error;
  }
  return new Blob(chunks);
}
