// The administration's privacy sections. <ss-teachers>: find a teacher, download their data (HTML or JSON),
// erase them after a confirmation that says what goes and what stays. <ss-retention>: the retention policy,
// what the next daily run would erase (a dry run) and the last run.
import { h } from '../dom.js';
import { language } from '../i18n.js';
import { adminApi, adminFile } from './api.js';
import { announce } from './announce.js';
import { confirmDialog } from './dialog.js';
import { AdminElement, dateTime } from './element.js';
import { at, fill } from './texts.js';
import { apt } from './texts-privacy.js';

function nameOf(teacher) {
  return teacher.name || teacher.platformUserId;
}

class AdminTeachers extends AdminElement {
  start() {
    this.query = '';
    this.search();
  }

  search() {
    this.load(`/api/admin/teachers?q=${encodeURIComponent(this.query)}`, 'teachers');
  }

  render() {
    const text = apt().teachers;
    const input = h('input', { type: 'search', id: 'teacher-search', name: 'q', value: this.query,
      'aria-describedby': 'teacher-search-help', maxlength: 100 });
    this.replaceChildren(h('section', { id: 'teachers', 'aria-labelledby': 'teachers-title' },
      h('h2', { id: 'teachers-title' }, text.title),
      h('p', {}, text.intro),
      h('form', { class: 'search', role: 'search', onsubmit: (event) => {
        event.preventDefault();
        this.query = input.value;
        this.teachers = undefined;
        this.loadError = undefined;
        this.search();
      } },
      h('label', { for: 'teacher-search' }, text.search),
      h('p', { class: 'muted', id: 'teacher-search-help' }, text.searchHelp),
      h('div', { class: 'actions' }, input, h('button', { type: 'submit', class: 'secondary' }, text.searchButton))),
      this.content(text)));
  }

  content(text) {
    const waiting = this.notLoaded(this.teachers);
    if (waiting) {
      return waiting;
    }
    if (this.teachers.length === 0) {
      return h('p', { class: 'notice', id: 'teachers-none' }, text.none);
    }
    const headings = [text.name, text.platform, text.platformUserId, text.courses, text.lastLaunch, text.actions];
    return h('table', { class: 'stacking', id: 'teacher-table' },
      h('caption', { class: 'visually-hidden' }, text.caption),
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, this.teachers.map((teacher) => h('tr', { 'data-user': teacher.userId },
        h('th', { scope: 'row', 'data-label': headings[0] }, teacher.name || text.noName),
        h('td', { 'data-label': headings[1] }, teacher.platform),
        h('td', { 'data-label': headings[2] }, h('code', {}, teacher.platformUserId)),
        h('td', { 'data-label': headings[3] }, String(teacher.courses)),
        h('td', { 'data-label': headings[4] }, dateTime(teacher.lastLaunchAt, language())),
        h('td', { 'data-label': headings[5] }, h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary small', 'aria-label': fill(text.exportLabel, nameOf(teacher), 'HTML'),
            onclick: () => this.download(teacher, 'export.html') }, text.exportHtml),
          h('button', { type: 'button', class: 'secondary small', 'aria-label': fill(text.exportLabel, nameOf(teacher), 'JSON'),
            onclick: () => this.download(teacher, 'export') }, text.exportJson),
          h('button', { type: 'button', class: 'danger small', id: `erase-${teacher.userId}`,
            'aria-label': fill(text.eraseLabel, nameOf(teacher)), onclick: () => this.erase(teacher) }, text.erase)))))));
  }

  async download(teacher, file) {
    try {
      const found = await adminFile(`/api/admin/teachers/${teacher.userId}/${file}?lang=${language()}`);
      const link = h('a', { href: URL.createObjectURL(found.blob), download: found.name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      announce(fill(apt().teachers.downloaded, found.name));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }

  async erase(teacher) {
    const text = apt().teachers;
    try {
      const what = await adminApi(`/api/admin/teachers/${teacher.userId}/erasure`);
      const confirmed = await confirmDialog({ title: fill(text.eraseTitle, nameOf(teacher)), danger: true,
        paragraphs: [fill(text.eraseGoes, what.courses, what.assignments, what.answers),
          fill(text.eraseKept, what.observationsKept, what.partnershipsEnded), text.eraseFinal],
        confirm: text.eraseConfirm, cancel: text.cancel });
      if (!confirmed) {
        return;
      }
      await adminApi(`/api/admin/teachers/${teacher.userId}`, { method: 'DELETE' });
      this.teachers = this.teachers.filter((other) => other.userId !== teacher.userId);
      this.render();
      this.focusOn('#teacher-search');
      announce(fill(text.erased, nameOf(teacher)));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }
}

class AdminRetention extends AdminElement {
  start() {
    this.load('/api/admin/retention', 'retention');
  }

  render() {
    const text = apt().retention;
    const waiting = this.notLoaded(this.retention);
    this.replaceChildren(h('section', { id: 'retention', 'aria-labelledby': 'retention-title' },
      h('h2', { id: 'retention-title' }, text.title),
      waiting || this.content(text)));
  }

  content(text) {
    const { retention } = this;
    const when = (iso) => dateTime(iso, language());
    const run = retention.lastRun;
    return [
      h('p', {}, fill(text.intro, retention.months)),
      retention.nextRun.length === 0 ? h('p', { class: 'notice', id: 'retention-nothing' }, fill(text.nothing, when(retention.cutoff)))
        : [h('p', {}, fill(text.next, when(retention.cutoff))),
          h('table', { class: 'stacking', id: 'retention-table' },
            h('caption', { class: 'visually-hidden' }, text.caption),
            h('thead', {}, h('tr', {}, [text.course, text.platform, text.lastActivity, text.participants]
              .map((heading) => h('th', { scope: 'col' }, heading)))),
            h('tbody', {}, retention.nextRun.map((course) => h('tr', {},
              h('th', { scope: 'row', 'data-label': text.course }, course.title || String(course.courseId)),
              h('td', { 'data-label': text.platform }, course.platform),
              h('td', { 'data-label': text.lastActivity }, when(course.lastActivity)),
              h('td', { 'data-label': text.participants }, String(course.participants))))))],
      h('p', { class: 'muted', id: 'retention-last-run' }, !run ? text.neverRun
        : run.finishedAt ? fill(text.lastRun, when(run.finishedAt), run.server, run.coursesErased, run.usersErased)
          : fill(text.running, when(run.claimedAt), run.server)),
    ];
  }
}

customElements.define('ss-teachers', AdminTeachers);
customElements.define('ss-retention', AdminRetention);
