// The console's router: the view and its filters live in the address (?view=record&id=..., ?lang=ar...),
// so every view can be bookmarked, reloaded and reached with Back and Forward.
import { renderList } from './list.js';
import { renderRecord } from './record.js';
import { renderPipeline } from './pipeline.js';

const VIEWS = { list: renderList, record: renderRecord, pipeline: renderPipeline };
let dispose = () => {};

/** Goes to a console address (a path with a query), adding it to the history. */
export function navigate(href, { replace = false } = {}) {
  const url = new URL(href, location.origin);
  if (url.origin !== location.origin) return;
  if (replace) history.replaceState(null, '', url.pathname + url.search);
  else history.pushState(null, '', url.pathname + url.search);
  render(true);
}

function render(moveFocus) {
  const params = new URLSearchParams(location.search);
  const name = VIEWS[params.get('view')] ? params.get('view') : 'list';
  dispose();
  const main = document.getElementById('main');
  main.replaceChildren();
  document.querySelectorAll('nav a[data-view]').forEach((link) => {
    if (link.dataset.view === name || (name === 'record' && link.dataset.view === 'list')) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  dispose = VIEWS[name](main, params, { navigate }) || (() => {});
  if (moveFocus) main.focus({ preventScroll: false });
}

// Console links (data-nav) change the view without reloading the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', () => render(true));
render(false);
