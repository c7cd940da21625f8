// Form fields with a label, a help text and room for an error, and the marking of the fields an API
// answer names: aria-invalid, the message linked with aria-describedby, focus on the first wrong field.
import { h } from '../dom.js';

/**
 * A labelled, empty input (or textarea) named `name`, described by its help text. The caller sets its
 * value as a property: what was typed, never an attribute of the page.
 */
export function field({ form, name, label, help, type = 'text', multiline = false, autocomplete }) {
  const id = `${form}-${name}`;
  const helpId = `${id}-help`;
  const attributes = { id, name, 'aria-describedby': help ? helpId : null, autocomplete, spellcheck: 'false' };
  const control = multiline ? h('textarea', { ...attributes, rows: 4 }) : h('input', { ...attributes, type });
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label),
    help ? h('p', { class: 'field__help', id: helpId }, help) : null,
    control);
}

/** Removes every error mark from the form. */
function clearErrors(form) {
  form.querySelectorAll('.field__error').forEach((error) => error.remove());
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    const own = control.getAttribute('aria-describedby')?.split(' ').filter((id) => !id.endsWith('-error')) || [];
    if (own.length) {
      control.setAttribute('aria-describedby', own.join(' '));
    } else {
      control.removeAttribute('aria-describedby');
    }
  });
}

/**
 * Marks the fields named in the errors ([{field, message}]); `aliases` maps an API field name to a form
 * field name. Returns the errors that name no field of the form.
 */
export function markErrors(form, errors, aliases = {}) {
  clearErrors(form);
  const unmatched = [];
  for (const { field: name, message } of errors) {
    const wrapper = form.querySelector(`[data-field="${aliases[name] || name}"]`);
    const control = wrapper?.querySelector('input, textarea');
    if (!control) {
      unmatched.push({ field: name, message });
      continue;
    }
    const existing = wrapper.querySelector('.field__error');
    if (existing) {
      existing.append(` ${message}`);
      continue;
    }
    const errorId = `${control.id}-error`;
    wrapper.append(h('p', { class: 'field__error', id: errorId }, message));
    control.setAttribute('aria-invalid', 'true');
    const described = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', described ? `${described} ${errorId}` : errorId);
  }
  return unmatched;
}

/** Moves the focus to the first marked field in the form's order; false when there is none. */
export function focusFirstError(form) {
  const first = form.querySelector('[aria-invalid="true"]');
  first?.focus();
  return Boolean(first);
}

/** The form's values by field name, as typed. */
export function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}
