// The session after a launch. The launch sends the browser to /app/#session=<token>; the token moves to
// sessionStorage and out of the address bar. Where an LMS iframe may not use storage (third-party storage
// blocked), it stays in the fragment, which a reload keeps and no server or Referer ever sees. Every API
// call sends it as a Bearer token; a renewed token in the Session-Token header replaces it.

const KEY = 'samenspraak.session';

function storage() {
  try {
    const store = window.sessionStorage;
    store.setItem(`${KEY}.probe`, '1');
    store.removeItem(`${KEY}.probe`);
    return store;
  } catch (blocked) {
    return null;
  }
}

const store = storage();

function fromFragment() {
  const match = /(?:^#|&)session=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

let token = null;

function remember(value) {
  token = value;
  if (store) {
    store.setItem(KEY, value);
    if (window.location.hash) {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  } else {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#session=${encodeURIComponent(value)}`);
  }
}

(function init() {
  const given = fromFragment();
  if (given) {
    remember(given);
  } else if (store) {
    token = store.getItem(KEY);
  }
})();

export function hasSession() {
  return token !== null;
}

/** An error from the API, with the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the session; JSON in, JSON out. */
export async function api(path, { method = 'GET', body, language } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (language) {
    headers['Accept-Language'] = language;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const renewed = response.headers.get('Session-Token');
  if (renewed) {
    remember(renewed);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') && response.status !== 204 ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}
