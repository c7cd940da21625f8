// <ss-keys>: the tool's published keys with their status and dates, and the rotation, after a confirmation
// that explains what it does.
import { h } from '../dom.js';
import { language } from '../i18n.js';
import { adminApi } from './api.js';
import { announce } from './announce.js';
import { confirmDialog } from './dialog.js';
import { AdminElement, dateTime } from './element.js';
import { at, fill } from './texts.js';

const SHORT_KID = 10;

class AdminKeys extends AdminElement {
  start() {
    this.load('/api/admin/keys', 'keys');
  }

  render() {
    const text = at().keys;
    this.replaceChildren(h('section', { id: 'keys', 'aria-labelledby': 'keys-title' },
      h('h2', { id: 'keys-title' }, text.title),
      h('p', {}, text.intro),
      this.content(text)));
  }

  content(text) {
    const waiting = this.notLoaded(this.keys);
    if (waiting) {
      return waiting;
    }
    const headings = [text.kid, text.status, text.created, text.activated, text.retired, text.publishedUntil];
    const when = (iso) => dateTime(iso, language()) || '–';
    return [
      h('table', { class: 'stacking', id: 'key-table' },
        h('caption', { class: 'visually-hidden' }, text.caption),
        h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
        h('tbody', {}, this.keys.map((key) => h('tr', { 'data-kid': key.kid, 'data-status': key.status },
          h('th', { scope: 'row', 'data-label': headings[0] },
            h('code', { title: key.kid }, key.kid.length > SHORT_KID ? `${key.kid.slice(0, SHORT_KID)}…` : key.kid)),
          h('td', { 'data-label': headings[1] }, h('span', { class: `badge badge--${key.status}` }, text.statuses[key.status])),
          h('td', { 'data-label': headings[2] }, when(key.createdAt)),
          h('td', { 'data-label': headings[3] }, when(key.activatedAt)),
          h('td', { 'data-label': headings[4] }, when(key.retiredAt)),
          h('td', { 'data-label': headings[5] }, when(key.publishedUntil)))))),
      h('p', {}, h('button', { type: 'button', id: 'rotate-keys', onclick: () => this.rotate() }, text.rotate)),
    ];
  }

  async rotate() {
    const text = at().keys;
    const confirmed = await confirmDialog({ title: text.rotateTitle, paragraphs: text.rotateBody,
      confirm: text.rotateConfirm, cancel: text.cancel });
    if (!confirmed) {
      return;
    }
    try {
      this.keys = await adminApi('/api/admin/keys/rotate', { method: 'POST' });
      this.render();
      this.focusOn('#rotate-keys');
      const current = this.keys.find((key) => key.status === 'current');
      announce(fill(text.rotated, current.kid.slice(0, SHORT_KID)));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }
}

customElements.define('ss-keys', AdminKeys);
