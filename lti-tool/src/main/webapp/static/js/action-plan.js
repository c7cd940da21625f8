// The action plan: actions chosen from the assignment's list or written by the teacher, a date for each,
// ticked off once done, removed; and a line saying how many are still to plan and to do.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, planCounts } from './format.js';
import { t } from './i18n.js';
import { focusElement } from './router.js';
import { setText } from './save-status.js';
import './texts-action-plan.js';

export class ActionPlanPart {
  /** @param ctx the assignment page's context (view, readOnly, announce(), setProgress()) */
  constructor(ctx) {
    this.ctx = ctx;
    this.assignment = ctx.view.assignment;
    this.actions = [...(ctx.view.actions || [])];
    // the days the server accepts, so that the date picker offers no other
    this.window = ctx.view.planningWindow || null;
    this.base = `/api/assignments/${encodeURIComponent(this.assignment.id)}/actions`;
  }

  render() {
    const text = t();
    this.summary = h('p', { class: 'plan-summary', id: 'plan-summary', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'plan' });
    this.options = h('ul', { class: 'action-options' });
    this.message = h('p', { class: 'field__error', 'aria-live': 'assertive' });
    const section = h('section', { class: 'action-plan', id: 'action-plan', 'aria-labelledby': 'plan-title' });
    if (!this.ctx.readOnly) {
      section.append(h('h2', { id: 'options-title' }, text.actionOptions), this.options);
      if (this.assignment.allowOwnActions) {
        section.append(this.ownActionForm());
      }
    }
    section.append(h('h2', { id: 'plan-title', tabindex: '-1' }, text.plan), this.summary, this.message, this.list);
    this.draw();
    return [section];
  }

  label(action) {
    if (action.optionId) {
      return this.assignment.actions.find((option) => option.id === action.optionId)?.text || action.optionId;
    }
    return action.ownText || '';
  }

  draw() {
    const text = t();
    const chosen = new Set(this.actions.map((action) => action.optionId).filter(Boolean));
    this.options.replaceChildren(...this.assignment.actions.map((option) => h('li', { class: 'action-option' },
      h('p', {}, option.text),
      chosen.has(option.id)
        ? h('p', { class: 'muted' }, h('span', { 'aria-hidden': 'true' }, '✓ '), text.actionAdded)
        : h('button', { type: 'button', class: 'secondary', 'aria-label': `${text.actionAdd}: ${option.text}`,
          onclick: () => this.add({ optionId: option.id }) }, text.actionAdd))));
    this.list.replaceChildren(...(this.actions.length ? this.actions.map((action) => this.item(action))
      : [h('li', { class: 'muted plan__empty' }, text.planEmpty)]));
    const { plan, todo } = planCounts(this.actions, this.assignment.minActions);
    setText(this.summary, plan === 0 && todo === 0 ? text.planReady
      : plan === 0 ? fill(text.planTodo, { todo })
        : fill(text.planLeft, { plan, todo, min: this.assignment.minActions }));
  }

  item(action) {
    const text = t();
    const name = this.label(action);
    const id = `action-${action.id}`;
    const date = h('input', { type: 'date', id: `${id}-date`, value: action.plannedFor || '', readonly: this.ctx.readOnly,
      min: this.window?.earliest, max: this.window?.latest,
      'aria-label': fill(text.actionDateLabel, { action: name }) });
    date.addEventListener('change', () => this.update(action, { plannedFor: date.value || null, done: date.value ? action.done : false }, date));
    const done = h('input', { type: 'checkbox', id: `${id}-done`, disabled: this.ctx.readOnly,
      'aria-label': fill(text.actionDoneLabel, { action: name }) });
    done.checked = action.done;
    done.addEventListener('change', () => {
      if (done.checked && !action.plannedFor) {
        done.checked = false;
        setText(this.message, text.actionNeedsDate);
        date.focus();
        return;
      }
      this.update(action, { plannedFor: action.plannedFor, done: done.checked }, done);
    });
    return h('li', { class: action.done ? 'plan__item plan__item--done' : 'plan__item', id },
      h('p', { class: 'plan__text' }, name),
      h('div', { class: 'plan__controls' },
        h('div', { class: 'field field--inline' }, h('label', { for: date.id }, text.plannedFor), date),
        h('div', { class: 'choice' }, done, h('label', { for: done.id }, text.actionDone)),
        this.ctx.readOnly ? null : h('button', { type: 'button', class: 'secondary',
          'aria-label': fill(text.actionRemoveLabel, { action: name }), onclick: () => this.remove(action) }, text.actionRemove)));
  }

  ownActionForm() {
    const text = t();
    const input = h('textarea', { id: 'own-action', rows: 2, maxlength: 500, 'aria-describedby': 'own-action-error' });
    const date = h('input', { type: 'date', id: 'own-action-date', min: this.window?.earliest, max: this.window?.latest });
    const error = h('p', { class: 'field__error', id: 'own-action-error', 'aria-live': 'polite' });
    const form = h('form', { class: 'panel own-action', novalidate: true },
      h('h3', {}, text.ownAction),
      h('div', { class: 'field' }, h('label', { for: input.id }, text.ownActionLabel), input),
      h('div', { class: 'field field--inline' }, h('label', { for: date.id }, text.plannedFor), date),
      error,
      h('button', { type: 'submit', class: 'secondary' }, text.ownActionAdd));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { ownText: input.value };
      if (date.value) {
        body.plannedFor = date.value;
      }
      const added = await this.add(body, error);
      if (added) {
        input.value = '';
        date.value = '';
      } else {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    });
    return form;
  }

  async add(body, errorElement = this.message) {
    try {
      const item = await api(this.base, { method: 'POST', body });
      this.actions.push(item);
      setText(errorElement, '');
      this.draw();
      this.ctx.refreshProgress();
      focusElement(document.getElementById(`action-${item.id}-date`));
      return true;
    } catch (error) {
      setText(errorElement, error.problem?.errors?.[0]?.message || error.message);
      return false;
    }
  }

  async update(action, change, control) {
    const body = { ...change };
    if (!action.optionId) {
      body.ownText = action.ownText;
    }
    try {
      const item = await api(`${this.base}/${action.id}`, { method: 'PUT', body });
      Object.assign(action, item && item.id ? item : change);
      setText(this.message, '');
      this.draw();
      this.ctx.refreshProgress();
      document.getElementById(control.id)?.focus();
    } catch (error) {
      setText(this.message, error.problem?.errors?.[0]?.message || error.message);
      this.draw();
    }
  }

  async remove(action) {
    try {
      await api(`${this.base}/${action.id}`, { method: 'DELETE' });
      this.actions = this.actions.filter((other) => other !== action);
      setText(this.message, '');
      this.draw();
      this.ctx.refreshProgress();
      focusElement(document.getElementById('plan-title'));
    } catch (error) {
      setText(this.message, error.problem?.errors?.[0]?.message || error.message);
    }
  }
}
