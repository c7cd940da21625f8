// <ss-platforms>: the registered learning platforms in a table, with enable/disable and remove, and the
// views to add a platform or change one with its deployments.
import { h } from '../dom.js';
import { language } from '../i18n.js';
import { adminApi } from './api.js';
import { announce } from './announce.js';
import { confirmDialog } from './dialog.js';
import { AdminElement, dateTime } from './element.js';
import { at, fill } from './texts.js';
import './deployments.js';
import './platform-form.js';

class AdminPlatforms extends AdminElement {
  start() {
    this.view = 'list';
    this.addEventListener('platform-saved', (event) => this.saved(event.detail));
    this.addEventListener('platform-cancelled', () => this.showList());
    this.addEventListener('registration-changed', (event) => this.replace(event.detail.registration));
    this.load('/api/admin/registrations', 'registrations');
  }

  render() {
    const text = at().platforms;
    const editing = this.view === 'edit' ? this.find(this.editingId) : null;
    const title = { list: text.title, add: text.addTitle, edit: editing && fill(text.editTitle, editing.name) }[this.view];
    this.replaceChildren(h('section', { id: 'platforms', 'aria-labelledby': 'platforms-title' },
      h('h2', { id: 'platforms-title', tabindex: '-1' }, title),
      this.view === 'list' ? this.list(text) : this.detail(text, editing)));
  }

  list(text) {
    const waiting = this.notLoaded(this.registrations);
    if (waiting) {
      return waiting;
    }
    return [
      h('p', {}, text.intro),
      h('p', {}, h('button', { type: 'button', id: 'add-platform', onclick: () => this.showForm('add') }, text.add)),
      this.registrations.length === 0 ? h('p', { class: 'notice' }, text.none) : this.table(text),
    ];
  }

  table(text) {
    const headings = [text.name, text.issuer, text.clientId, text.status, text.registeredBy, text.deployments, text.actions];
    return h('table', { class: 'stacking', id: 'platform-table' },
      h('caption', { class: 'visually-hidden' }, text.caption),
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, this.registrations.map((registration) => this.row(text, registration, headings))));
  }

  row(text, registration, headings) {
    const name = registration.name;
    const hidden = (words) => h('span', { class: 'visually-hidden' }, ` ${words}`);
    return h('tr', { 'data-registration': registration.id },
      h('th', { scope: 'row', 'data-label': headings[0] }, name),
      h('td', { 'data-label': headings[1] }, h('code', {}, registration.issuer)),
      h('td', { 'data-label': headings[2] }, h('code', {}, registration.clientId)),
      h('td', { 'data-label': headings[3] }, h('span', { class: `badge ${registration.enabled ? 'badge--on' : 'badge--off'}` },
        registration.enabled ? text.enabled : text.disabled)),
      h('td', { 'data-label': headings[4] }, text.how[registration.registeredBy] || registration.registeredBy),
      h('td', { 'data-label': headings[5] }, registration.deployments.length === 0 ? text.noDeployments
        : h('ul', { class: 'plain' }, registration.deployments.map((deployment) => h('li', {},
          h('code', {}, deployment.deploymentId), deployment.label ? ` – ${deployment.label}` : null)))),
      h('td', { 'data-label': headings[6] }, h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', 'data-edit': registration.id,
          onclick: () => this.showForm('edit', registration.id) }, text.edit, hidden(name)),
        h('button', { type: 'button', class: 'secondary', 'data-toggle': registration.id,
          onclick: () => this.toggle(registration) }, registration.enabled ? text.disable : text.enable, hidden(name)),
        h('button', { type: 'button', class: 'danger', 'data-remove': registration.id,
          onclick: () => this.remove(registration) }, text.remove, hidden(name)))));
  }

  detail(text, editing) {
    // The form and deployments keep what was typed while the page redraws, so they are made once per view.
    this.form = this.form || Object.assign(document.createElement('ss-platform-form'), { registration: editing });
    const back = h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => this.showList() }, text.back));
    if (!editing) {
      return [back, this.form];
    }
    this.deployments = this.deployments || Object.assign(document.createElement('ss-deployments'), { registration: editing });
    const usage = editing.usage;
    return [back, this.form, this.deployments,
      h('h3', {}, text.usageTitle),
      h('p', {}, fill(text.usage, usage.users, usage.courses, usage.links), ' ',
        usage.lastLaunchAt ? fill(text.lastLaunch, dateTime(usage.lastLaunchAt, language())) : text.neverLaunched)];
  }

  find(id) {
    return this.registrations.find((registration) => registration.id === id);
  }

  /** Puts a changed registration in the list, in its place. */
  replace(registration) {
    this.registrations = this.registrations.map((known) => (known.id === registration.id ? registration : known));
  }

  showForm(view, id) {
    this.view = view;
    this.editingId = id;
    this.form = null;
    this.deployments = null;
    this.render();
    this.focusOn('#platforms-title');
  }

  showList(focus = '#platforms-title') {
    this.view = 'list';
    this.form = null;
    this.deployments = null;
    this.render();
    this.focusOn(focus);
  }

  saved({ registration, added }) {
    const text = at().platforms;
    if (added) {
      this.registrations = [...this.registrations, registration];
    } else {
      this.replace(registration);
    }
    this.showList();
    announce(fill(added ? text.added : text.saved, registration.name));
  }

  async toggle(registration) {
    const text = at().platforms;
    try {
      const changed = await adminApi(`/api/admin/registrations/${registration.id}/enabled`,
        { method: 'PUT', body: { enabled: !registration.enabled } });
      this.replace(changed);
      this.render();
      this.focusOn(`[data-toggle="${registration.id}"]`);
      announce(fill(changed.enabled ? text.nowEnabled : text.nowDisabled, changed.name));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }

  async remove(registration) {
    const text = at().platforms;
    const usage = registration.usage;
    const confirmed = await confirmDialog({
      title: fill(text.removeTitle, registration.name),
      paragraphs: [fill(text.removeBody, usage.users, usage.courses, usage.links), text.removeAlternative],
      confirm: text.removeConfirm,
      cancel: text.cancel,
      danger: true,
    });
    if (!confirmed) {
      return;
    }
    try {
      await adminApi(`/api/admin/registrations/${registration.id}`, { method: 'DELETE' });
      this.registrations = this.registrations.filter((known) => known.id !== registration.id);
      this.showList();
      announce(fill(text.removed, registration.name));
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }
}

customElements.define('ss-platforms', AdminPlatforms);
