// <ss-deployments>: the deployments of one registration: add one (or rename it by its ID), remove one.
import { h } from '../dom.js';
import { adminApi } from './api.js';
import { announce } from './announce.js';
import { confirmDialog } from './dialog.js';
import { AdminElement, dateTime } from './element.js';
import { field, focusFirstError, formValues, markErrors } from './fields.js';
import { language } from '../i18n.js';
import { at, fill } from './texts.js';

class AdminDeployments extends AdminElement {
  set registration(registration) {
    this.current = registration;
  }

  render() {
    const text = at().deployments;
    const typed = this.form ? formValues(this.form) : { deploymentId: '', label: '' };
    this.form = h('form', { class: 'panel', novalidate: true, onsubmit: (event) => this.submit(event) },
      h('div', { class: 'field-row' },
        field({ form: 'deployment', name: 'deploymentId', label: text.id, help: text.idHelp }),
        field({ form: 'deployment', name: 'label', label: text.label, help: text.labelHelp })),
      h('button', { type: 'submit' }, text.add));
    this.form.elements.deploymentId.value = typed.deploymentId;
    this.form.elements.label.value = typed.label;
    const deployments = this.current.deployments;
    this.replaceChildren(
      h('h3', { id: 'deployments-title' }, text.title),
      h('p', {}, text.intro),
      deployments.length === 0 ? h('p', { class: 'muted' }, text.none)
        : h('ul', { class: 'deployments', 'aria-labelledby': 'deployments-title' }, deployments.map((deployment) =>
          h('li', {},
            h('span', {}, h('code', {}, deployment.deploymentId),
              deployment.label ? ` – ${deployment.label}` : null,
              h('span', { class: 'muted' }, ` (${dateTime(deployment.createdAt, language())})`)),
            h('button', { type: 'button', class: 'secondary', 'data-remove-deployment': deployment.deploymentId,
              onclick: () => this.remove(deployment.deploymentId) },
            text.remove, h('span', { class: 'visually-hidden' }, ` ${deployment.deploymentId}`))))),
      this.form);
    if (this.errors) {
      markErrors(this.form, this.errors);
    }
  }

  path(deploymentId) {
    return `/api/admin/registrations/${this.current.id}/deployments/${encodeURIComponent(deploymentId)}`;
  }

  changed(registration, message) {
    this.current = registration;
    this.dispatchEvent(new CustomEvent('registration-changed', { bubbles: true, detail: { registration } }));
    announce(message);
  }

  async submit(event) {
    event.preventDefault();
    const { deploymentId, label } = formValues(this.form);
    const id = deploymentId.trim();
    if (!id) {
      // An empty ID names no deployment in the address, so the page says it before asking the API.
      this.refuse([{ field: 'deploymentId', message: at().deployments.required }]);
      return;
    }
    try {
      const registration = await adminApi(this.path(id), { method: 'PUT', body: { label } });
      this.errors = null;
      this.form = null;
      this.changed(registration, fill(at().deployments.saved, id));
      this.render();
      this.focusOn('#deployment-deploymentId');
    } catch (error) {
      if (error.status !== 401) {
        this.refuse(error.fieldErrors.length ? error.fieldErrors : [{ field: 'deploymentId', message: error.message }]);
      }
    }
  }

  refuse(errors) {
    this.errors = errors;
    markErrors(this.form, errors);
    focusFirstError(this.form);
  }

  async remove(deploymentId) {
    const text = at().deployments;
    try {
      // What goes with it comes first: the administrator confirms knowing whose work it affects.
      const usage = await adminApi(`${this.path(deploymentId)}/usage`);
      const confirmed = await confirmDialog({
        title: fill(text.removeTitle, deploymentId),
        paragraphs: [fill(text.removeBody, usage.teachers, usage.courses), text.removeBack],
        confirm: text.removeConfirm,
        cancel: text.cancel,
        danger: true,
      });
      if (!confirmed) {
        return;
      }
      const registration = await adminApi(this.path(deploymentId), { method: 'DELETE' });
      this.changed(registration, fill(at().deployments.removed, deploymentId));
      this.render();
      this.focusOn('#deployment-deploymentId');
    } catch (error) {
      if (error.status !== 401) {
        announce(fill(at().error, error.message));
      }
    }
  }
}

customElements.define('ss-deployments', AdminDeployments);
