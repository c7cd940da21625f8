// <ss-tool-values>: the values an administrator pastes into the learning platform, each with where it goes
// and a copy button. Without a usable clipboard the value is selected and the page says to press Ctrl+C.
import { h } from '../dom.js';
import { announce } from './announce.js';
import { AdminElement } from './element.js';
import { at, fill } from './texts.js';

const ORDER = ['toolUrl', 'loginUrl', 'redirectUri', 'keySetUrl', 'deepLinkingUrl', 'domain', 'dynamicRegistrationUrl'];

class AdminToolValues extends AdminElement {
  start() {
    this.load('/api/admin/tool', 'values');
  }

  render() {
    const text = at().values;
    this.replaceChildren(h('section', { id: 'values', 'aria-labelledby': 'values-title' },
      h('h2', { id: 'values-title' }, text.title),
      h('p', {}, text.intro),
      this.content(text)));
  }

  content(text) {
    const waiting = this.notLoaded(this.values);
    if (waiting) {
      return waiting;
    }
    return h('dl', { class: 'values' }, ORDER.map((key) => {
      const item = text.items[key];
      const value = String(this.values[key]);
      return h('div', { class: 'values__item' },
        h('dt', { id: `value-${key}-label` }, item.label),
        h('dd', {},
          h('p', { class: 'field__help' }, item.help),
          h('div', { class: 'values__row' },
            h('code', { id: `value-${key}`, tabindex: '-1' }, value),
            h('button', { type: 'button', class: 'secondary', 'data-copy': key, onclick: () => this.copy(key, value) },
              text.copy, h('span', { class: 'visually-hidden' }, ` ${item.label}`)))));
    }));
  }

  async copy(key, value) {
    const text = at().values;
    const label = text.items[key].label;
    try {
      await navigator.clipboard.writeText(value);
      announce(fill(text.copied, label));
    } catch (unavailable) {
      // No clipboard (an insecure address, an old browser, or permission refused): let the person copy.
      const code = this.querySelector(`#value-${key}`);
      code.focus();
      const range = document.createRange();
      range.selectNodeContents(code);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      announce(fill(text.pressCopy, label));
    }
  }
}

customElements.define('ss-tool-values', AdminToolValues);
