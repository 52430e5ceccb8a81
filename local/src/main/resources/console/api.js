// The console talks only to the stack's own API (connect-src 'self').

/** An answer that was not a success: the API's problem detail, in words. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
    this.detail = detail;
  }
}

/** The problem detail of a failed answer (application/problem+json), or its status line. */
export async function problemOf(response) {
  let detail = `${response.status} ${response.statusText || 'error'}`;
  try {
    const problem = await response.json();
    if (problem && typeof problem.detail === 'string' && problem.detail) detail = problem.detail;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, detail);
}

export async function getJson(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store', ...options });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

export async function postJson(path) {
  return getJson(path, { method: 'POST' });
}

/** Statuses in words: a label for lists, and what it means for the record view. */
export const STATUSES = {
  EXTRACTED: { label: 'Extracted', meaning: 'The page is an article and its content was extracted.' },
  NOT_ARTICLE: {
    label: 'Not an article',
    meaning: 'The page is HTML but not an article: a home page, a listing, an error page or a login wall.',
  },
  NOT_HTML: { label: 'Not HTML', meaning: 'The object is not an HTML page: binary, JSON, plain text, empty, or undecodable.' },
  TOO_LARGE: {
    label: 'Too large',
    meaning: 'The object is larger than newsdrop accepts, or expands beyond that when decompressed, or its extraction ran out of time.',
  },
  FAILED: { label: 'Failed', meaning: 'Extraction failed unexpectedly. The raw object is kept for a retry.' },
};

export function statusLabel(status) {
  return STATUSES[status]?.label ?? String(status ?? 'unknown');
}
