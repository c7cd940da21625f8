// The words for a save status, per entry and for the page: the same everywhere.
import { State } from './autosave.js';
import { clockTime, fill } from './format.js';
import { language, t } from './i18n.js';

export function entryStatusText({ state, savedAt, message }) {
  const text = t();
  switch (state) {
    case State.SAVED:
      return savedAt ? fill(text.savedAt, { time: clockTime(savedAt, language()) }) : '';
    case State.PENDING:
      return text.notSavedYet;
    case State.RETRYING:
      return text.savingFails;
    case State.INVALID:
      return fill(text.savingRefused, { message: message || '' });
    case State.LOCKED:
      return text.lockedMeanwhile;
    case State.SIGNED_OUT:
      return text.signedOut;
    case State.CONFLICT:
      return text.conflictStatus;
    default:
      return '';
  }
}

export function pageStatusText({ state, savedAt }) {
  const text = t();
  if (state === State.SAVED) {
    return savedAt ? fill(text.allSavedAt, { time: clockTime(savedAt, language()) }) : text.nothingToSave;
  }
  if (state === State.INVALID) {
    return text.someRefused;
  }
  return entryStatusText({ state, savedAt, message: null });
}

/** Sets a live region's text only when it changes, so that screen readers hear changes, not repeats. */
export function setText(element, text) {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}
