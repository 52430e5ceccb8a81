// Building the page: every piece of text from the API goes in as text (textContent or a text node),
// never as markup. Attribute names are always the console's own; attribute values from records go
// through the checks below (addresses, language tags, directions) before use.

/**
 * Makes an element. props: class, text, on<event> handlers, dataset, or attributes; children:
 * nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An address safe to link to: absolute http(s) only, else null (no javascript:, data:, or relative tricks). */
export function safeHref(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A BCP 47 tag fit for a lang attribute, else null. */
export function safeLang(value) {
  return typeof value === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null;
}

/** 'rtl' or 'ltr' as the record says, else 'auto' (the browser decides from the text). */
export function safeDir(value) {
  return value === 'rtl' || value === 'ltr' ? value : 'auto';
}

/** A record id as the API makes them. */
export function isId(value) {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

/** Tells screen readers (and tests) what just happened. */
export function announce(message) {
  const region = document.getElementById('announce');
  if (region) region.textContent = message;
}

/** A readable date-time from ISO-8601 text; the text itself when it is not a date. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return /T/.test(iso) ? date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : String(iso).slice(0, 10);
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}
