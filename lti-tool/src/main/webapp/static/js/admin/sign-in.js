// <ss-admin-sign-in>: the password form. It shows the API's answer inline: wrong password, too many
// attempts (with how long to wait), or no password configured on the server.
import { h } from '../dom.js';
import { signIn } from './api.js';
import { AdminElement } from './element.js';
import { field, focusFirstError, markErrors } from './fields.js';
import { at } from './texts.js';

class AdminSignIn extends AdminElement {
  /** Why the form is shown ('expired', 'signedOut'), set by the page before it is connected. */
  set reason(key) {
    this.reasonKey = key;
  }

  render() {
    const text = at().signIn;
    const password = this.querySelector('#sign-in-password')?.value || '';
    this.form = h('form', { class: 'panel', novalidate: true, onsubmit: (event) => this.submit(event) },
      field({ form: 'sign-in', name: 'password', type: 'password', label: text.password, help: text.passwordHelp,
        autocomplete: 'current-password' }),
      h('button', { type: 'submit' }, text.submit));
    this.replaceChildren(...[
      h('h1', {}, text.title),
      this.reasonKey ? h('p', { class: 'notice', id: 'sign-in-reason' }, text[this.reasonKey]) : null,
      h('p', { class: 'lead' }, text.intro),
      this.form].filter(Boolean));
    // Kept across a language switch as a property, never as an attribute of the page.
    this.form.elements.password.value = password;
    if (this.lastError) {
      markErrors(this.form, [{ field: 'password', message: this.lastError }]);
    }
  }

  async submit(event) {
    event.preventDefault();
    const button = this.form.querySelector('button[type=submit]');
    const input = this.form.elements.password;
    button.disabled = true;
    button.textContent = at().signIn.busy;
    try {
      await signIn(input.value);
      this.lastError = null;
      this.dispatchEvent(new CustomEvent('admin-signed-in', { bubbles: true }));
    } catch (error) {
      // Every refusal (wrong, too many attempts, none configured) is about the password field.
      this.lastError = error.message;
      button.disabled = false;
      button.textContent = at().signIn.submit;
      markErrors(this.form, [{ field: 'password', message: error.message }]);
      focusFirstError(this.form);
      input.select();
    }
  }
}

customElements.define('ss-admin-sign-in', AdminSignIn);
