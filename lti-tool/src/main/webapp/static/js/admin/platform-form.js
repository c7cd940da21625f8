// <ss-platform-form>: adds a platform (with deployment IDs) or changes one. A refused save marks each field
// the API named, moves the focus to the first of them and keeps everything typed.
import { h } from '../dom.js';
import { adminApi } from './api.js';
import { AdminElement } from './element.js';
import { field, focusFirstError, formValues, markErrors } from './fields.js';
import { at } from './texts.js';

const FIELDS = ['issuer', 'clientId', 'name', 'authorizationUrl', 'tokenUrl', 'jwksUrl'];
// The API checks each deployment ID on its own and names the field in the singular.
const ALIASES = { deploymentId: 'deploymentIds' };

class AdminPlatformForm extends AdminElement {
  /** The registration to change; null or unset to add one. */
  set registration(registration) {
    this.editing = registration || null;
    if (this.editing) {
      // Kept apart from the registration (grades only need it): read it, and fill it in unless typed over.
      adminApi(`/api/admin/registrations/${this.editing.id}/token-audience`).then((answer) => {
        this.tokenAudience = answer.tokenAudience;
        const input = this.form?.elements.tokenAudience;
        if (input && !input.value) {
          input.value = answer.tokenAudience;
        }
      }, () => {});
    }
  }

  render() {
    const text = at().form;
    const typed = this.form ? formValues(this.form) : this.initialValues();
    const names = this.editing ? [...FIELDS, 'tokenAudience'] : [...FIELDS, 'deploymentIds'];
    const refusal = this.refusal;
    this.form = h('form', { novalidate: true, onsubmit: (event) => this.submit(event) },
      h('p', {}, text.intro),
      refusal ? h('div', { class: 'alert', id: 'platform-form-summary', tabindex: '-1' },
        // A refusal about fields gets the page's own summary; any other (such as 409) the API's words.
        h('p', {}, refusal.fieldsOnly ? text.summary : refusal.detail),
        refusal.unmatched.length
          ? h('ul', {}, refusal.unmatched.map((error) => h('li', {}, `${error.field}: ${error.message}`))) : null)
        : null,
      names.map((name) => field({ form: 'platform', name, label: text.fields[name].label,
        help: text.fields[name].help, multiline: name === 'deploymentIds',
        type: name === 'issuer' || name.endsWith('Url') || name === 'tokenAudience' ? 'url' : 'text' })),
      h('div', { class: 'actions' },
        h('button', { type: 'submit' }, this.busy ? text.busy : text.save),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.cancel() }, text.cancel)));
    // Set as properties: these are what was typed, not the fields' defaults.
    for (const name of names) {
      this.form.elements[name].value = typed[name] || '';
    }
    this.replaceChildren(this.form);
    if (refusal) {
      markErrors(this.form, refusal.errors, ALIASES);
    }
  }

  initialValues() {
    return { ...Object.fromEntries(FIELDS.map((name) => [name, this.editing?.[name] ?? ''])),
      tokenAudience: this.tokenAudience ?? '' };
  }

  cancel() {
    this.dispatchEvent(new CustomEvent('platform-cancelled', { bubbles: true }));
  }

  async submit(event) {
    event.preventDefault();
    const values = formValues(this.form);
    const body = Object.fromEntries(FIELDS.map((name) => [name, values[name].trim()]));
    if (!this.editing) {
      body.deploymentIds = values.deploymentIds.split(/\r?\n/).map((id) => id.trim()).filter(Boolean);
    }
    this.busy = true;
    this.form.querySelector('button[type=submit]').textContent = at().form.busy;
    try {
      const saved = this.editing
        ? await adminApi(`/api/admin/registrations/${this.editing.id}`, { method: 'PUT', body })
        : await adminApi('/api/admin/registrations', { method: 'POST', body });
      if (this.editing) {
        await adminApi(`/api/admin/registrations/${this.editing.id}/token-audience`,
          { method: 'PUT', body: { tokenAudience: values.tokenAudience.trim() } });
      }
      this.busy = false;
      this.dispatchEvent(new CustomEvent('platform-saved', { bubbles: true, detail: { registration: saved, added: !this.editing } }));
    } catch (error) {
      this.busy = false;
      if (error.status === 401) {
        return;
      }
      const errors = error.fieldErrors;
      const known = [...FIELDS, 'deploymentIds', 'tokenAudience'];
      const unmatched = errors.filter((fieldError) => !known.includes(ALIASES[fieldError.field] || fieldError.field));
      this.refusal = { detail: error.message, errors, unmatched, fieldsOnly: error.status === 400 && errors.length > 0 };
      this.render();
      if (!focusFirstError(this.form)) {
        this.querySelector('#platform-form-summary').focus();
      }
    }
  }
}

customElements.define('ss-platform-form', AdminPlatformForm);
