// <ss-parked-grades>: scores the outbox gave up on (too many failures, or a line item the platform refused),
// each with its platform, link, state change and reason, and a button that sends it again.
import { h } from '../dom.js';
import { language } from '../i18n.js';
import { adminApi } from './api.js';
import { announce } from './announce.js';
import { AdminElement, dateTime } from './element.js';
import { at, fill } from './texts.js';

class ParkedGrades extends AdminElement {
  start() {
    this.load('/api/admin/grades/parked', 'parked');
  }

  render() {
    const text = at().grades;
    this.replaceChildren(h('section', { id: 'grades', 'aria-labelledby': 'grades-title' },
      h('h2', { id: 'grades-title' }, text.title),
      h('p', {}, text.intro),
      this.content(text)));
  }

  content(text) {
    const waiting = this.notLoaded(this.parked);
    if (waiting) {
      return waiting;
    }
    if (this.parked.length === 0) {
      return h('p', { id: 'no-parked-grades' }, text.none);
    }
    const headings = [text.link, text.platform, text.change, text.reason, text.parkedAt, text.action];
    return h('table', { class: 'stacking', id: 'parked-grades' },
      h('caption', { class: 'visually-hidden' }, text.caption),
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, this.parked.map((score) => h('tr', { 'data-id': String(score.id) },
        h('th', { scope: 'row', 'data-label': headings[0] }, score.link),
        h('td', { 'data-label': headings[1] }, score.platform),
        h('td', { 'data-label': headings[2] }, text.changes[score.change] || score.change),
        h('td', { 'data-label': headings[3] }, fill(text.attempts, score.attempts), ' ', score.reason),
        h('td', { 'data-label': headings[4] }, dateTime(score.parkedAt, language()) || '–'),
        h('td', { 'data-label': headings[5] }, h('button', { type: 'button', class: 'secondary',
          id: `retry-grade-${score.id}`, 'aria-label': fill(text.retryLabel, score.link),
          onclick: () => this.retry(score) }, text.retry))))));
  }

  async retry(score) {
    const text = at().grades;
    try {
      this.parked = await adminApi(`/api/admin/grades/parked/${score.id}/retry`, { method: 'POST' });
      this.render();
      this.focusOn('#grades-title');
      announce(fill(text.retried, score.link));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }
}

customElements.define('ss-parked-grades', ParkedGrades);
