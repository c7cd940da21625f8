// The session after a launch. The launch sends the browser to /app/#code=<one-time code>; the page takes the
// code out of the address bar at once and trades it, once, for the session token (POST /api/session/exchange).
// A link that carries a token itself (#session=) is not taken up where storage works: nobody can make a
// victim work in their account by sending a link. The token lives in sessionStorage; where an LMS iframe
// may not use storage (third-party storage blocked), it is carried in the fragment from page to page, which a
// reload keeps and no server or Referer ever sees. Every API call sends it as a Bearer token; a renewed token
// in the Session-Token header replaces it.

import { language } from './i18n.js';

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

function fromFragment(name) {
  const match = new RegExp(`(?:^#|&)${name}=([^&]+)`).exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function clearFragment() {
  if (window.location.hash) {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
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

async function exchange(code) {
  try {
    const response = await fetch(`/api/session/exchange?lang=${language()}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    return response.ok ? (await response.json()).token : null;
  } catch (offline) {
    return null;
  }
}

async function init() {
  const code = fromFragment('code');
  const carried = store ? null : fromFragment('session');
  clearFragment();
  if (code) {
    const handedOver = await exchange(code);
    if (handedOver) {
      remember(handedOver);
      return;
    }
  }
  if (carried) {
    remember(carried);
  } else if (store) {
    token = store.getItem(KEY);
  }
}

const ready = init();

/** Whether there is a session, once the launch's code (if any) has been exchanged. */
export async function hasSession() {
  await ready;
  return token !== null;
}

/**
 * The address of one of the tool's pages. Where the token lives in the fragment (storage blocked), it
 * goes along, so that moving between pages and reloading keep the session.
 */
export function pageAddress(path) {
  return store || !token ? path : `${path}#session=${encodeURIComponent(token)}`;
}

/**
 * Whose session this is ("user:course" from the token's own claims), so that what the browser keeps for a
 * teacher is never offered to someone else signing in on the same computer.
 */
export function sessionOwner() {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return `${claims.sub}:${claims.ctx ?? '-'}`;
  } catch (malformed) {
    return null;
  }
}

/** The tool's id of the session's course (the token's own {@code ctx} claim), for the trainer's course API. */
export function sessionCourseId() {
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).ctx ?? null;
  } catch (malformed) {
    return null;
  }
}

/** An error from the API, with the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The address with the page's language, in which the API answers, refusals included. */
function inPageLanguage(path) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${language()}`;
}

/**
 * A request to the API with the session, in the page's language; a renewed token is kept. Rejects with an
 * ApiError for a network failure (status 0) or an answer that is not OK, with the problem+json body when
 * there is one.
 */
async function send(path, { method = 'GET', body, keepalive = false, accept = 'application/json', ifMatch } = {}) {
  await ready;
  const headers = { Accept: accept };
  if (ifMatch !== undefined && ifMatch !== null) {
    // The version of the draft this page edited: a newer one saved elsewhere makes the server answer 409.
    headers['If-Match'] = `"${ifMatch}"`;
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(inPageLanguage(path), { method, headers, keepalive, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (offline) {
    throw new ApiError(0, null);
  }
  const renewed = response.headers.get('Session-Token');
  if (renewed) {
    remember(renewed);
  }
  if (!response.ok) {
    throw new ApiError(response.status, await json(response));
  }
  return response;
}

function json(response) {
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') && response.status !== 204 ? response.json().catch(() => null) : Promise.resolve(null);
}

/**
 * Calls the API with the session; JSON in, JSON out. With keepalive the request outlives the page (a tab
 * being closed); a network failure rejects with an ApiError of status 0.
 */
export async function api(path, options = {}) {
  return json(await send(path, options));
}

/** A file from the API, such as a calendar file: its contents and the name the server gives it. */
export async function apiFile(path, accept) {
  const response = await send(path, { accept });
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'download';
  return { blob: await response.blob(), name };
}
