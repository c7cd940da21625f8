// The admin API with the administrator's token. The administrator opens /admin directly (first-party), so
// the token lives in sessionStorage: it survives a reload and ends with the tab. Any 401 ends the sign-in,
// and the page is told so it can show the sign-in form and say why.
import { language } from '../i18n.js';

const KEY = 'samenspraak.admin';
let token = sessionStorage.getItem(KEY);
let whenSignedOut = () => {};

/** An error from the admin API, with the problem+json body when there is one. */
export class AdminApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The wrong fields the API named: [{field, message}]. */
  get fieldErrors() {
    return this.problem?.errors || [];
  }
}

export function isSignedIn() {
  return token !== null;
}

/** Called with no argument when any call is refused with 401: the sign-in has ended. */
export function onSignedOut(callback) {
  whenSignedOut = callback;
}

async function call(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': language() };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') && response.status !== 204 ? await response.json() : null;
  if (!response.ok) {
    throw new AdminApiError(response.status, data);
  }
  return data;
}

/** Signs in with the password; throws AdminApiError (400, 401, 429, 503) with the API's message. */
export async function signIn(password) {
  const signedIn = await call('/api/admin/session', { method: 'POST', body: { password } });
  token = signedIn.token;
  sessionStorage.setItem(KEY, token);
}

export function signOut() {
  token = null;
  sessionStorage.removeItem(KEY);
}

/** Calls an admin endpoint with the token; JSON in, JSON out. */
export async function adminApi(path, options) {
  try {
    return await call(path, options);
  } catch (error) {
    if (error.status === 401) {
      signOut();
      whenSignedOut();
    }
    throw error;
  }
}

/** A file from the admin API (an export): its contents and the name the server gives it. */
export async function adminFile(path) {
  const headers = { Accept: '*/*', 'Accept-Language': language() };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(path, { headers });
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const error = new AdminApiError(response.status, type.includes('json') ? await response.json() : null);
    if (error.status === 401) {
      signOut();
      whenSignedOut();
    }
    throw error;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'download';
  return { blob: await response.blob(), name };
}
