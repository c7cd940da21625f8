// The base of the administration's custom elements: each keeps its own state and draws itself again, with
// that state, when the language changes, so a switch loses nothing that was typed or loaded.
import { h } from '../dom.js';
import { adminApi } from './api.js';
import { at, fill } from './texts.js';

export const LANGUAGE_CHANGED = 'samenspraak:language';

export class AdminElement extends HTMLElement {
  connectedCallback() {
    this.redraw = () => this.render();
    document.addEventListener(LANGUAGE_CHANGED, this.redraw);
    if (!this.started) {
      this.started = true;
      this.start();
    } else {
      // Moved by a parent that drew itself again: draw again too, in case the language changed meanwhile.
      this.render();
    }
  }

  disconnectedCallback() {
    document.removeEventListener(LANGUAGE_CHANGED, this.redraw);
  }

  /** Called once, when the element is first put in the page: load data, then render. */
  start() {
    this.render();
  }

  render() {}

  /** Draws, loads the API's answer at `path` into this[property], and draws again. */
  async load(path, property) {
    this.render();
    try {
      this[property] = await adminApi(path);
    } catch (error) {
      this.loadError = error;
    }
    this.render();
  }

  /** What to show instead of `value` while it loads or when it could not be loaded; null once it is there. */
  notLoaded(value) {
    if (this.loadError) {
      return h('p', { class: 'alert' }, fill(at().error, this.loadError.message));
    }
    return value === undefined ? h('p', { class: 'muted' }, at().loading) : null;
  }

  /** Moves the focus to an element of this one that the last render made, found by a selector. */
  focusOn(selector) {
    this.querySelector(selector)?.focus();
  }
}

/** A date and time from the API in the page's language; an empty string for none. */
export function dateTime(iso, language) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(iso));
}
