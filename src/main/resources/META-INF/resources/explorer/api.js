// GraphQL over HTTP to this service's /graphql; an answer with errors is a failure the page shows.
export async function gql(query, variables = {}) {
  const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
  if (editorKey()) headers.Authorization = `Bearer ${editorKey()}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({query, variables}),
  });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`The service answered ${response.status}`);
  }
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors.map(e => e.message).join('; '));
    error.code = body.errors[0].extensions && body.errors[0].extensions.code;
    throw error;
  }
  return body.data;
}

/** Text made safe for innerHTML. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

/** An id as a path segment; ids are "person:jane-doe", and a colon may stay as it is there. */
export function seg(id) {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** Where a node of a type has its page; quotes and comments open their article. */
export function pathOf(type, id) {
  switch (type) {
    case 'Person': return `/person/${seg(id)}`;
    case 'Organization': return `/organization/${seg(id)}`;
    case 'Article': return `/article/${seg(id)}`;
    default: return null;
  }
}

const EDITOR_KEY = 'whosaid.editorKey';

/**
 * An editor's API key for this tab only (sessionStorage: gone when the tab closes, never sent to another site),
 * sent with every request so that reads beyond an anonymous caller's budget and rate go through.
 */
export function editorKey() {
  return sessionStorage.getItem(EDITOR_KEY) || '';
}

export function setEditorKey(key) {
  if (key) sessionStorage.setItem(EDITOR_KEY, key);
  else sessionStorage.removeItem(EDITOR_KEY);
}
